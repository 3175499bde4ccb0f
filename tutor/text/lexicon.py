"""Language data the text pipeline needs: English function words, the words
students use to *frame* a question, number words, chat spellings, negations
and common misspellings.

English only, never a word of any subject: what a subject's students say in
other words lives in that subject's knowledge folder (synonyms.yaml), and word
relations come from WordNet (tutor.text.wordnet).
"""

from functools import lru_cache
from importlib import resources

STOPWORDS = frozenset("""
a an the and or but if of to in on at by for from with without into onto over under
as than then so such that this these those there here it its it's is are was were be been being
am do does did done doing have has had having i me my mine we us our you your yours he him his
she her hers they them their theirs what which who whom whose why how when where whether
can could would should will shall may might must also just very really quite too much many
any some all each every both either neither no yes nor only own same other another
else instead besides otherwise
again ever still yet up down out off about above below between through during
im ive id youre theyre
anyone anybody someone somebody everyone everybody nobody noone whoever whatever whichever
s t d ll m re ve y o pls please ok okay um uh hmm well like
even actually really basically exactly literally totally kind sort pretty anyway most least
""".split())

# Words that frame a question rather than carry its subject: they neither help
# retrieval nor count against a question when the notes lack them.
FRAMING_WORDS = frozenset("""
tell explain describe define defined defines definition definitions mean means meaning meant say says said know
happen happened happens happening give list name outline summarise summarize
reason reasons cause caused causes effect effects result results consequence consequences
important importance significance significant role impact main key point points idea ideas
feature features characteristic characteristics aspect aspects
info information thing things stuff anything something everything bit lot
note notes revision revise exam question questions answer answers help
whats what's who's whos wat wht y u ur r
word words term terms mentioned mention mentions
stand stands called short acronym abbreviation matter matters mattered
supposed meant able allowed
change changes changed changing life lives affect affected affects
think thinks thought believe believed opinion opinions view views feel felt
""".split())

# Framing words that name what is asked of a topic: its search leaves them out, yet "and
# the effects?" asks for the effects (no request for "more").
ASPECT_WORDS = frozenset("""reason reasons cause causes effect effects result results consequence consequences
importance significance impact role""".split())  # all of them framing words

# Words for "a person" at all: in "who was his main guy for foreign affairs" they say a
# person is wanted (the question's type), not what the person did.
GENERIC_PEOPLE = frozenset("""
guy guys bloke blokes man men woman women person persons people someone somebody dude dudes fella fellas
fellow chap chaps lad lads individual individuals
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

# Words that say "not" of what follows: "no nucleus", "never loyal", "without help"
NEGATORS = frozenset({"not", "no", "never", "nothing", "none", "nor", "neither", "without", "hardly"})
# Negative contractions (however the apostrophe was typed) and "never": each is a
# "not", since negation is meaning ("why didn't Stalin back the CCP" asks for a "did not").
NEGATIONS = frozenset("""didn didnt doesn doesnt don dont wasn wasnt weren werent isn isnt aren arent
wont cant cannot couldn couldnt wouldn wouldnt shouldn shouldnt hasn hasnt haven havent hadn hadnt
never""".split())

# Words that say when: a question asking "when" is answered by a note holding one
# (or a year, a date, or a word WordNet files under a period of time).
TIME_WORDS = frozenset("""when whenever while during after before until till since once then ago
early late later earlier recently century centuries decade decades era period age""".split())

# Units a length of time is counted in: "how long does it last" is answered by a note
# holding one ("lasts a few seconds", "for three years"), not by one that says "stage".
DURATION_WORDS = frozenset("""second seconds sec secs minute minutes min mins hour hours hr hrs day days week weeks
fortnight fortnights month months year years yr yrs decade decades century centuries millisecond milliseconds ms
lifetime overnight""".split())

# Months and days, in full and as students shorten them ("Aug 1923"): a date, never a name.
# ("May" and "March" are left out: far more often a verb than a month.)
CALENDAR_WORDS = frozenset("""january february april june july august september october november december
jan feb apr jun jul aug sep sept oct nov dec monday tuesday wednesday thursday friday saturday sunday""".split())

# Words that say how many or how much, besides digits.
QUANTITY_WORDS = frozenset("""hundred hundreds thousand thousands million millions billion billions trillion
half quarter percent dozen dozens twice thrice""".split())  # "per cent" is read as a phrase: "per minute" is no amount

# Adjectives of size and measure: "how big was the army" asks for an amount (a number),
# and the note that gives it ("limited to 100,000 men") need not say "big". ("How far"
# and "how strong" are left out: "how far was he to blame" asks to what extent.)
# "how much did it cost": verbs whose "how much" is an amount; "how much did he care" asks how far
AMOUNT_VERBS = frozenset("""cost costs pay pays paid spend spent earn earned owe owed lend lent borrow borrowed weigh
weighed charge charged sell sold buy bought raise raised lose lost gain gained get got receive received give gave
make made save saved increase increased decrease decreased rise rose fall fell grow grew need needed""".split())
# Nouns for a quantity that is given as a number: "what concentration makes a cell
# plasmolysed", "what temperature do enzymes work best at" ask for a value.
QUANTITY_NOUNS = frozenset("""concentration temperature pressure speed velocity size mass volume length height width
weight voltage resistance frequency magnification resolution density wavelength percentage proportion value""".split())
# what becomes of a person (or a country), as notes put it: "what happened to Trotsky?" is answered
# by "removing Trotsky" or "death of Stresemann", not by a note where he is only named
FATE_WORDS = frozenset("""die died dies dying death dead deaths kill killed killing murder murdered assassinate
assassinated assassination execute executed execution shot hanged suicide arrest arrested imprison imprisoned
imprisonment prison jail jailed gaol exile exiled banish banished deport deported expel expelled expulsion remove
removed removing removal dismiss dismissed dismissal sack sacked oust ousted depose deposed overthrow overthrown
purge purged resign resigned resignation retire retired flee fled escape escaped release released freed pardon
pardoned sentence sentenced convict convicted trial disappear disappeared vanish vanished capture captured
replace replaced abdicate abdicated lose lost defeat defeated surrender surrendered occupy occupied invade invaded
annex annexed divide divided collapse collapsed punish punished crush crushed abolish abolished ban banned
forced""".split())
# Framing words that name an aspect of a thing: "what are the effects of X" asks for X's
# effects, not for what X is.
ASPECT_WORDS = frozenset("""reason reasons cause causes effect effects result results consequence consequences
importance significance role impact feature features characteristic characteristics aspect aspects""".split())

# Labels notes file a thing's definition under ("Bias › Definition › ..."), as normalised words.
DEFINITION_LABELS = frozenset({"definition", "definitions", "def", "defn", "meaning", "what is it", "what are they",
                               "what it is"})

# The two sides students weigh things by, each in the words notes head them with ("Pros",
# "Cons", "Advantages"): a question's "downsides" asks for the notes' "Cons".
WEIGHING_SIDES = (frozenset("pro pros advantage advantages benefit benefits upside upsides merit merits".split()),
                  frozenset("""con cons disadvantage disadvantages drawback drawbacks downside downsides limitation
limitations flaw flaws""".split()))

# how someone died, which "death of Stresemann" does not say
KILLING_WORDS = frozenset("""kill killed killing murder murdered assassinate assassinated assassination execute
executed execution shot hanged suicide poison poisoned illness disease""".split())
GENERIC_ZIPF = 5.8   # words this common ("make", "get", "give") say nothing a note could hold

MEASURE_WORDS = frozenset("""big bigger large larger small smaller tall high heavy wide deep fast old""".split())

GENERIC_QUESTION_VERBS = frozenset("""
do did does make made get got go went come came want wanted try tried use used
doing making getting gets goes going gone coming
""".split())


def text_speak() -> dict[str, str]:
    """Text-speak and shorthand, with the English each stands for (tutor/data/textspeak.tsv)."""
    text = resources.files("tutor").joinpath("data/textspeak.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")


@lru_cache(maxsize=1)
def noun_kinds() -> dict[str, str]:
    """Everyday nouns that ask for a 'person' (or group), a 'place', or either ('source')
    after "which" (tutor/data/noun_kinds.tsv, made from WordNet by tools/make_noun_kinds.py).
    Read once a process (every question with "which" and every note of an index asks);
    callers must not change what it returns."""
    text = resources.files("tutor").joinpath("data/noun_kinds.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and line[0] != "#")


@lru_cache(maxsize=1)
def ordinary_words() -> dict[str, float]:
    """Everyday English words with their Zipf frequency (log10 uses per billion words;
    see tools/make_ordinary_words.py for how they were chosen). Read once a process;
    callers must not change what it returns."""
    text = resources.files("tutor").joinpath("data/ordinary_words.tsv").read_text(encoding="utf-8")
    return {w: float(z) for w, z in (line.split("\t") for line in text.splitlines() if line and line[0] != "#")}


# Misspellings common in students' notes, fixed when notes are imported (the
# notes' own words otherwise stay exactly as written).
COMMON_MISSPELLINGS = {
    "recieved": "received", "recieve": "receive", "recieves": "receives", "aswell": "as well", "alot": "a lot",
    "seperate": "separate", "seperated": "separated",
    "goverment": "government", "govenment": "government", "beleive": "believe", "beleived": "believed",
    "definately": "definitely", "untill": "until", "occured": "occurred", "wich": "which", "thier": "their",
    "acheive": "achieve", "acheived": "achieved", "arguement": "argument", "begining": "beginning",
    "buisness": "business", "comittee": "committee", "concious": "conscious", "enviroment": "environment",
    "existance": "existence", "foriegn": "foreign", "goverments": "governments", "independant": "independent",
    "millitary": "military", "neccessary": "necessary", "occurence": "occurrence", "parliment": "parliament",
    "politican": "politician", "propoganda": "propaganda", "recomend": "recommend", "relevent": "relevant",
    "succesful": "successful", "tommorow": "tomorrow", "wierd": "weird", "writting": "writing",
}
