"""Language data the text pipeline needs: English function words, the words
students use to *frame* a question, number words and everyday synonyms.

This is knowledge about English, not about the history; it lives in code so
that every knowledge folder (bundled or imported) is read the same way.
"""

from importlib import resources

STOPWORDS = frozenset("""
a an the and or but if of to in on at by for from with without into onto over under
as than then so such that this these those there here it its it's is are was were be been being
am do does did done doing have has had having i me my mine we us our you your yours he him his
she her hers they them their theirs what which who whom whose why how when where whether
can could would should will shall may might must also just very really quite too much many
any some all each every both either neither no yes nor only own same other another
again ever still yet up down out off about above below between through during
im ive id youre theyre
s t d ll m re ve y o pls please ok okay um uh hmm well like
even actually really basically exactly literally totally kind sort pretty anyway most least
""".split())

# Words that frame a question rather than carry its subject: they neither help
# retrieval nor count against a question when the notes lack them.
FRAMING_WORDS = frozenset("""
tell explain describe define definition mean means meaning meant say says said know
happen happened happens happening give list name outline summarise summarize
reason reasons cause caused causes effect effects result results consequence consequences
important importance significance significant role impact main key point points idea ideas
info information thing things stuff anything something everything bit lot
note notes revision revise exam question questions answer answers help
whats what's who's whos wat wht y u ur r
word words term terms mentioned mention mentions
stand stands called short acronym abbreviation matter matters mattered
supposed meant able allowed
change changes changed changing life lives affect affected affects
think thinks thought believe believed opinion opinions view views feel felt
""".split())

ORDINALS = {
    "first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5",
    "sixth": "6", "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10",
    "1st": "1", "2nd": "2", "3rd": "3", "4th": "4", "5th": "5",
}

CARDINALS = {
    "one": "1", "two": "2", "three": "3", "four": "4", "five": "5", "six": "6",
    "seven": "7", "eight": "8", "nine": "9", "ten": "10", "twelve": "12", "twenty": "20",
}

ROMAN_AFTER_ARTICLE = {"i": "1", "ii": "2", "iii": "3", "iv": "4", "v": "5"}

# Everyday words students use for what the notes say in other words. Each key is
# rewritten to its value before retrieval (after stemming both sides agree).
# Everyday idioms for ideas the notes put in one word. Matched on whole tokens,
# longest first, before the single-word synonyms below.
IDIOMS = {
    "on his side": "allies", "on its side": "allies", "on their side": "allies", "on our side": "allies",
    "put in charge": "appointed lead", "in charge of": "lead", "took over": "replaced", "take over": "replaced",
    "carry on": "continue", "carried on": "continue", "keep going": "continue",
    "get rid of": "removing", "got rid of": "removing", "getting rid of": "removing",
    "go along with": "comply", "went along with": "comply", "do what they were told": "comply",
    "at first": "before", "in the beginning": "before", "to begin with": "before",
    "look like": "imaged", "looked like": "imaged",
    "fall out": "ended", "fell out": "ended", "broke down": "ended", "break down": "ended",
    "the same time": "coincided", "same time": "coincided",
    "stand up to": "challenges",
    "run the country": "government", "ran the country": "government", "running the country": "government",
    "care about": "priority", "cared about": "priority", "care much about": "priority",
    "bother with": "priority", "bothered with": "priority", "bother about": "priority",
    "look good": "status", "looked good": "status", "look better": "status", "look important": "status",
    "go after": "attack", "went after": "attack", "going after": "attack",
    "went wrong": "failed", "go wrong": "failed", "goes wrong": "failed", "didn't work": "failed",
    "busy with": "focused", "concentrated on": "focused", "concentrating on": "focused",
    "stop being": "ended", "stopped being": "ended",
    "tell the": "urged the", "tell them": "urged them", "tell him": "urged him",
    "go into": "occupied", "went into": "occupied", "marched into": "occupied", "moved into": "occupied",
    "on its own": "alone", "on their own": "alone", "on his own": "alone", "by itself": "alone",
    "other countries": "foreign powers", "foreign countries": "foreign powers", "other nations": "foreign powers",
}

# Chat spellings students type; rewritten before anything else reads the line.
CHAT = {
    "thats": "that is", "whats": "what is", "wats": "what is", "whos": "who is", "wheres": "where is", "hows": "how is",
    "wat": "what", "wot": "what", "wht": "what", "u": "you", "ur": "your", "r": "are", "n": "and",
    "y": "why", "coz": "because", "cos": "because", "bc": "because", "pls": "please", "plz": "please",
    "pics": "pictures", "pic": "picture", "govt": "government", "gov": "government", "tho": "though",
    "ty": "thanks", "thx": "thanks", "tx": "thanks", "20s": "1920s", "30s": "1930s",
}

# Irregular past forms, so "when did they leave" meets "troops left" (a regular
# "-ed" is the stemmer's job).
IRREGULAR = {
    "left": "leave", "went": "go", "gone": "go", "took": "take", "taken": "take", "fought": "fight",
    "won": "win", "lost": "lose", "began": "begin", "begun": "begin", "paid": "pay", "sold": "sell",
    "bought": "buy", "brought": "bring", "came": "come", "became": "become", "held": "hold", "gave": "give",
    "given": "give", "chose": "choose", "chosen": "choose", "fell": "fall", "fallen": "fall", "rose": "rise",
    "risen": "rise", "ran": "run", "spent": "spend", "sent": "send", "built": "build", "sought": "seek",
    "struck": "strike", "wrote": "write", "written": "write", "stood": "stand", "met": "meet", "drove": "drive",
    "driven": "drive", "grew": "grow", "grown": "grow", "knew": "know", "known": "know", "shot": "shoot",
    "hid": "hide", "hidden": "hide", "forbade": "forbid", "forbidden": "forbid", "overthrew": "overthrow",
    "overthrown": "overthrow", "withdrew": "withdraw", "withdrawn": "withdraw", "undertook": "undertake",
}

SYNONYMS = {
    "friendly": "relations", "friends": "relations", "friendship": "relations", "relationship": "relations",
    "stop": "ended", "stopped": "ended", "end": "ended", "ends": "ended",
    "keep": "maintain", "kept": "maintain", "keeping": "maintain", "maintaining": "maintain",
    "affairs": "policy", "moscow": "ussr",
    "benefit": "gain", "benefits": "gain", "benefited": "gain", "benefitted": "gain", "gained": "gain",
    "gains": "gain",
    # negation is meaning: "why didn't Stalin back the CCP" asks for a "did not"
    **{w: "not" for w in """didn didnt doesn doesnt don dont wasn wasnt weren werent isn isnt aren arent
       wont cant cannot couldn couldnt wouldn wouldnt shouldn shouldnt hasn hasnt haven havent hadn hadnt
       never""".split()},
    "support": "back", "supports": "back", "supported": "back", "supporting": "back",
    "backed": "back", "backing": "back", "backs": "back",
    "blame": "criticised", "blamed": "criticised", "criticise": "criticised", "criticism": "criticised",
    "die": "death", "died": "death", "dies": "death", "dying": "death", "dead": "death",
    "told": "urged", "ordered": "urged",
    "killed": "massacred", "kill": "massacred", "murdered": "massacred", "slaughtered": "massacred",
    "massacre": "massacred", "massacres": "massacred",
    "russian": "russia", "soviet": "ussr", "soviets": "ussr",
    "german": "germany", "germans": "germany",
    "chinese": "china",
    "nationalists": "gmd", "nationalist": "gmd",
    "communists": "communist",
    "pact": "treaty", "agreement": "treaty", "agreements": "treaty",
    "clause": "article", "clauses": "article", "art": "article",
    "money": "finances credits", "pay": "pay finances", "payment": "pay finances", "payments": "pay finances",
    "loans": "credits", "loan": "credits", "lend": "credits", "lent": "credits",
    "afraid": "fear", "scared": "fear", "feared": "fear",
    "photos": "images", "pictures": "images", "posters": "images", "picture": "images", "poster": "images",
    "photographed": "imaged", "pictured": "imaged", "shown": "imaged", "depicted": "imaged",
    "widow": "wife",
    "preserved": "embalmed", "mummified": "embalmed",
    "loyalty": "loyal", "obey": "comply", "obeyed": "comply",
    "gulag": "labour camps", "gulags": "labour camps",
    "ogpu": "secret police", "nkvd": "secret police", "cheka": "secret police",
    "goal": "aim", "goals": "aim",
    "security": "safe", "protection": "protecting",
    "alone": "isolated", "isolation": "isolated",
    "last": "remains", "lasted": "remains", "lasting": "remains",
}

GENERIC_QUESTION_VERBS = frozenset("""
do did does make made get got go went come came want wanted try tried use used
doing making getting gets goes going gone coming
""".split())


def ordinary_words() -> list[str]:
    """Everyday English words (see tools/make_ordinary_words.py for how they were chosen)."""
    text = resources.files("tutor").joinpath("data/ordinary_words.txt").read_text(encoding="utf-8")
    return [w for w in text.split("\n") if w and not w.startswith("#")]


# Misspellings common in students' notes, fixed when notes are imported (the
# notes' own words otherwise stay exactly as written).
COMMON_MISSPELLINGS = {
    "recieved": "received", "recieve": "receive", "recieves": "receives", "aswell": "as well", "alot": "a lot",
    "attituide": "attitude", "bourgeoise": "bourgeois", "seperate": "separate", "seperated": "separated",
    "goverment": "government", "govenment": "government", "beleive": "believe", "beleived": "believed",
    "definately": "definitely", "untill": "until", "occured": "occurred", "wich": "which", "thier": "their",
    "acheive": "achieve", "acheived": "achieved", "arguement": "argument", "begining": "beginning",
    "buisness": "business", "comittee": "committee", "concious": "conscious", "enviroment": "environment",
    "existance": "existence", "foriegn": "foreign", "goverments": "governments", "independant": "independent",
    "millitary": "military", "neccessary": "necessary", "occurence": "occurrence", "parliment": "parliament",
    "politican": "politician", "propoganda": "propaganda", "recomend": "recommend", "relevent": "relevant",
    "succesful": "successful", "tommorow": "tomorrow", "wierd": "weird", "wifes": "wife's", "writting": "writing",
}
