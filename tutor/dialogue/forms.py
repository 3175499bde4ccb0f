"""The form of a line, read from its normalised words: is it a question, what
kind of fact it wants, whether "why?" asks for the reason behind the last
answer, whether "and the third article?" leans on the last question, what
"what was the X?" names.

Pure functions of a turn's words (tutor.text.normalise.raw_tokens); only
tutor.dialogue.turn calls them, once a turn.
"""

from __future__ import annotations

import re
from collections.abc import Collection

from tutor.dialogue.asked_person import fate_of, one_holder, role, successor, which_noun
from tutor.text.lexicon import AMOUNT_VERBS, MEASURE_WORDS, QUANTITY_NOUNS, STOPWORDS

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
ANAPHORA = frozenset({"it", "its", "that", "this", "they", "them", "their", "those", "these", "there",
                      "then"}) | PERSON_PRONOUNS
SEQUENCE_WORDS = frozenset({"after", "afterward", "next", "then", "lead", "led", "result", "happen"})
QUESTION_WORDS = frozenset("""what when where who whom whose why how which did does do was were is are can could
would should has have had""".split())

_CONTINUATION = re.compile(r"^\s*(and|also|plus|what about|how about|but|so|ok|okay|then)\b")
_WHY = re.compile(r"\bwhy\b|\bhow come\b|\breason")
_NEXT = re.compile(r"\b(after that|afterwards|next|then what|what then|after this|"
                   r"(did|does|do) (that|this|it) lead to|what did (that|this|it) (lead to|cause)|"
                   r"what was the result)\b")
# "how many", and "what is the normal heart rate": a normal, average or typical value is a number
_COUNT = re.compile(r"\bhow (many|much)\b|\b(what|whats)( is| was| are| were)? the "
                    r"(normal|average|typical|usual|max|maximum|min|minimum)\b"
                    r"(?!.*\blike\b)")  # not "what was the typical day like": a description
# "what is the mass of...", "what mass does it have"; not "what is mass", which asks what mass is
_QUANTITIES = "|".join(sorted(QUANTITY_NOUNS))
_QUANTITY = re.compile(rf"\b(what|whats|which)( is| was| are| were)? the ({_QUANTITIES})\b"
                       rf"|\b(what|whats|which)( is| was| are| were)? ({_QUANTITIES})\s+\w")
_DURATION = re.compile(r"\bhow (long|often)\b")
# "what year did he...": a year or a date, which "after he removed Trotsky" is not
_DATE = re.compile(r"\b(what|which|wat|wich) (year|date|month|day)\b|\bin what year\b")
_TIME = re.compile(r"^\s*when\b|\b(what|which) (year|date|month|day|century|decade)\b|\bin what year\b")
# "who was the president who could rule by decree": someone described, whose name is asked
_DESCRIBED = re.compile(r"^\s*who\s*(is|was|were|are|'s|s)\s+the\s+(\w+\s+){1,3}(who|that|which|whose)\b")
_PERSON = re.compile(r"^\s*(who|whom|whose)\b|\bwhich (person|people|man|woman|group)\b")
_PLACE = re.compile(r"^\s*where\b|\bin (what|which) (place|country|city|town|part)\b")
_DIED_HOW = re.compile(r"^\s*how\s+(?:did|do|does)\s+(?:\w+\s+){1,3}(?:die|dies)\b")  # not "how many died"
_REASON = re.compile(r"^\s*(why|how come)\b|\bwhat (was|were|is|are) the (reason|reasons|cause|causes)\b")
_DEFINE = re.compile(
    r"^\s*(who|what)\s*(is|was|were|are|'s|s)\b|^\s*whos\b|^\s*whats\b|\bmean(s|ing|t)?\b|\bstand(s)? for\b"
    r"|^\s*define\b|\bdefinition\b|\bdefined\b|^\s*explain\b|^\s*tell me about\b")
# "what do mitochondria do (again)": what a thing does is what the note about it says
_DOES = re.compile(r"^\s*what\s+(?:do|does)\s+(the\s+|a\s+|an\s+)?(.+?)\s+do"
                   r"(?:\s+again|\s+(?:to|in|for)\s+.+?)?[\s?.!]*$")  # "what does the vagus nerve do to the heart"
_DEFINED_AS = re.compile(r"^\s*how\s+(?:is|are|was|were)\s+(the\s+|a\s+|an\s+)?(.+?)\s+defined[\s?.!]*$")
# "what does learning mean (in psych)", "what does bias mean when judging a source": the thing
# whose meaning is asked, and where
_MEANS = re.compile(r"^\s*what\s+(?:does|do|did)\s+(the\s+|a\s+|an\s+)?(.+?)\s+mean"
                    r"(?:\s+in\s+\S+(?:\s+\S+)?|\s+(?:when|while|if|for)(?:\s+\S+){1,5})?[\s?.!]*$")
_NAMED_THING = re.compile(r"^\s*(?:(?:what|who)\s*(?:is|was|were|are|'s)|define|whats|whos)\s+(the\s+|a\s+|an\s+)?"
                          r"(.+?)[\s?.!]*$")


def canonical(words: tuple[str, ...]) -> str:
    return " ".join(words)


def asks_who(text: str) -> bool:
    """'who led it', 'and whose idea was it': a line, as typed, that asks for a person."""
    return bool(_PERSON.search(canonical(tuple(text.lower().split()))))


def mentions_person_pronoun(words: tuple[str, ...]) -> bool:
    return any(w in PERSON_PRONOUNS for w in words)


def has_anaphora(words: tuple[str, ...]) -> bool:
    return any(w in ANAPHORA for w in words)


def asks_why_of_last(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """'why?', 'why did he do that?', 'but why', 'why not?' — a why with nothing new to ask
    about ("not" asks why the last answer's thing did not happen: its reason all the same)."""
    stems = tuple(s for s in stems if s not in ("not", "never"))
    return bool(_WHY.search(canonical(words))) and len(stems) <= 1 and (has_anaphora(words) or not stems)


def leans_on_context(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """A short turn that points back ('it', 'and ...', 'what about ...')."""
    return len(stems) <= 3 and (has_anaphora(words) or bool(_CONTINUATION.match(canonical(words))))


def asks_what_next(words: tuple[str, ...]) -> bool:
    """'What happened to Stalin after that?': the notes' next idea in the same story."""
    return bool(_NEXT.search(canonical(words)))


_CONSEQUENCE = re.compile(r"\b(lead to|led to|result|cause|caused|effect|consequence)\b")


def asks_consequence(words: tuple[str, ...]) -> bool:
    """'What did that lead to?', 'what was the result?': what the last idea brought about."""
    return bool(_CONSEQUENCE.search(canonical(words)))


FORMULA_WORDS = frozenset({"formula", "formulas", "formulae", "equation", "equations"})


def wanted_answer(words: tuple[str, ...]) -> str:
    """The kind of fact a question needs: 'formula', 'count', 'date', 'time', 'duration', 'person',
    'holder' (one person by name), 'reason', 'place', 'source', 'successor', 'fate' (what became of
    someone), or '' for anything
    ("who was X" asks what X is: a definition, not a person)."""
    text = canonical(words)
    if any(w in FORMULA_WORDS for w in words):
        return "formula"
    if (_COUNT.search(text) and not _how_far(words)) or _QUANTITY.search(text):
        return "count"
    if _DURATION.search(text):
        return "duration"
    if _DATE.search(text):
        return "date"
    if _TIME.search(text):
        return "time"
    if _PERSON.search(text) and successor(words):
        return "successor"
    if _PERSON.search(text) and (not _DEFINE.search(text) or _DESCRIBED.search(text) or role(words)):
        return "holder" if one_holder(words) else "person"
    if _REASON.search(text):
        return "reason"
    if _DIED_HOW.search(text):
        return "died how"
    if fate_of(words):
        return "fate"
    if _PLACE.search(text):
        return "source" if words[-1] == "from" or " from " in text else "place"
    return which_noun(words)


def _how_far(words: tuple[str, ...]) -> bool:
    """'How much did Stalin care about the Comintern': "how much" with a verb that is
    no amount's ("cost", "pay", "lose") asks how far, not for a number."""
    for i in range(len(words) - 2):
        if words[i] == "how" and words[i + 1] == "much" and words[i + 2] in ("did", "does", "do", "has", "had"):
            return not any(w in AMOUNT_VERBS for w in words[i + 3:])
    return False


_YEAR_AFTER = frozenset({"in", "of", "since", "by", "after", "before", "from", "until", "til", "till", "during"})


def whole_years(words: tuple[str, ...], known: Collection[str]) -> tuple[str, ...]:
    """'The crazy inflation in 23', 'slammed by the party in 27': a year written with two
    digits is the one year of the notes (`known`: their words) that ends with them."""
    out = list(words)
    for i, word in enumerate(words):
        if i and len(word) == 2 and word.isdigit() and words[i - 1] in _YEAR_AFTER:
            years = [f"{c}{word}" for c in ("19", "20", "18") if f"{c}{word}" in known]
            if len(years) == 1:
                out[i] = years[0]
    return tuple(out)


def measure_as_amount(words: list[str]) -> list[str]:
    """'How big was the army' asks how much: the measure word is how the question is
    put, not a word the answer must hold."""
    return [("much" if w in MEASURE_WORDS and i and words[i - 1] == "how" else w) for i, w in enumerate(words)]


_COMPARES = re.compile(r"\b(differ\w*|compar\w*|contrast\w*|vs|versus|distinguish\w*)\b")


def compares(words: tuple[str, ...]) -> bool:
    """'How is classical conditioning different from operant?', 'X vs Y': two things."""
    return bool(_COMPARES.search(canonical(words)))


_CONTENT = re.compile(r"^\s*what\s+(?:did|does|do|was|is)\s+(?:the\s+|a\s+|an\s+)?\S.*?\s+(?:actually\s+|really\s+)?"
                      r"(?:say|state|involve|contain|include|set out)[\s?.!]*$")


def asks_content(words: tuple[str, ...]) -> bool:
    """'What did the Texas abortion law say?': what a thing says or holds, which a note
    that only names it does not tell."""
    return bool(_CONTENT.match(canonical(words)))


def asks_definition(words: tuple[str, ...]) -> bool:
    """'Who was Stresemann?', 'what does GMD stand for', 'define collectivisation'."""
    return bool(_DEFINE.search(canonical(words)))


# "what's it called when...", "what do you call...", "what is the term for...": the answer is a name
_NAME = re.compile(r"^\s*what\s+(?:is\s+|are\s+|was\s+|were\s+)?(?:it|this|that|they|these|those)\s+called\b"
                   r"|^\s*what\s+(?:do|does|did|would|should|could)\s+(?:you|we|they|one|people|u)\s+call\b"
                   r"|\bwhat\s+(?:is|was|are|were)\s+the\s+(?:name|term|word)\s+(?:for|given\s+to)\b"
                   r"|^\s*what\s+(?:is|are|was|were)\s+(?:it|this|that|they)\s+known\s+as\b")


def counted_noun(words: tuple[str, ...]) -> str:
    """The word "how many" counts ("how many phrases make up a period": phrases), or ''."""
    return next((words[i + 2] for i in range(len(words) - 2) if words[i] == "how" and words[i + 1] == "many"
                 and words[i + 2] not in STOPWORDS and words[i + 2].isalpha()), "")


def asks_name(words: tuple[str, ...]) -> bool:
    """'What's it called when the ear expects V-I but hears V-vi?': the student knows what it
    is and wants its name, which the notes give as the heading it sits under."""
    return bool(_NAME.search(canonical(words)))


_PRONOUNS = frozenset({"i", "you", "we", "they", "he", "she", "it", "u"})


def function_of(words: tuple[str, ...]) -> tuple[str, ...]:
    """X in 'what do X do?': what a thing does, which the note that starts with it
    says ("Mitochondria are the site of respiration", "Nucleus controls the cell")."""
    match = _DOES.match(canonical(words))
    thing = tuple(match.group(2).split()) if match else ()
    # "what do you do in the cell cycle" asks what happens, not what a thing is for
    return thing if 1 <= len(thing) <= 4 and thing[0] not in _PRONOUNS else ()


_DEED_ON = re.compile(r"^\s*what\s+(?:did|does|do|has|had)\s+(?:the\s+)?(\S+(?:\s+\S+){0,2}?)\s+do\s+"
                      r"(?:to|against)\s+(?:the\s+)?(\S+(?:\s+\S+){0,2}?)[\s?.!]*$")


def deed_on(words: tuple[str, ...]) -> tuple[tuple[str, ...], tuple[str, ...]]:
    """('gmd',), ('ccp',) of 'what did the GMD do to the CCP': who did something to whom,
    which a note where the one acts on the other says; ((), ()) for any other line."""
    match = _DEED_ON.match(canonical(words))
    return (tuple(match.group(1).split()), tuple(match.group(2).split())) if match else ((), ())


def named_thing(words: tuple[str, ...]) -> tuple[str, ...]:
    """X in "what was the X?" / "who was X?": the thing the student wants defined.

    Without an article only a name of one or two words counts: "what was Stalin
    afraid of" asks about Stalin, not about a thing called "Stalin afraid of".
    """
    match = (_NAMED_THING.match(canonical(words)) or _DEFINED_AS.match(canonical(words))
             or _MEANS.match(canonical(words)))
    if not match:
        return ()
    thing = re.sub(r"\s+called$", "", match.group(2))
    if thing in _PRONOUNS:
        return ()  # "what does it mean": what the last answer meant, no thing named
    limit = 4 if match.group(1) else 2
    return tuple(thing.split()) if len(thing.split()) <= limit else ()


_ASKING = r"(?:what|whats|wat|why|who|whos|when|where|which|how|did|does|do|was|were|is|are|can|could)"
_JOINS = re.compile(rf"\?+\s+(?=\S)|;\s*|\s+(?:and|also|&|plus)\s+(?=(?:also\s+)?{_ASKING}\b\s+\S+\s+\S)", re.I)
_LEAD = re.compile(r"^\s*(?:and|also|plus|&)\s+", re.I)


# "why was he pictured with Lenin, what did the images show": a comma before a second question,
# when the line began with one ("when the war ended, what happened" is one question); "who" and
# "which" after a comma begin a clause about the last noun ("Lenin's wife, who objected")
_COMMA_QUESTION = re.compile(r",\s+(?=(?:and\s+|also\s+)?(?:what|why|how|(?:when|where)\s+(?:did|does|do)\b)"
                             r"\s+\S+\s+\S)", re.I)  # not ", who objected", ", when the crash came": a clause
_STARTS_ASKING = re.compile(r"^\s*(?:(?:what|whats|wat|who|whos|which|why)\b|(?:when|where|how)\s+(?:did|does|do|was"
                            r"|were|is|are|can|could|would|will|has|have|had|much|many|long|far)\b)", re.I)


def split_questions(text: str) -> list[str]:
    """Several questions in one line ("what was X and why did Y", "who was A? and
    what did B do", "why did X, what did Y"), each as it was typed; one question
    stays whole."""
    pieces = [q for p in _JOINS.split(text)
              for q in (_COMMA_QUESTION.split(p) if _STARTS_ASKING.match(p) else [p])]
    parts = [_LEAD.sub("", p).strip().rstrip(",").strip() for p in pieces]
    parts = [p for p in parts if p and any(c.isalnum() for c in p)]
    return parts if len(parts) > 1 else [text]


_ORDINAL_VALUE = {"first": "1", "second": "2", "third": "3", "fourth": "4", "fifth": "5", "sixth": "6",
                  "seventh": "7", "eighth": "8", "ninth": "9", "tenth": "10"}
ITEM_WORDS = frozenset("""one ones item items point points reason reasons step steps thing things term terms
number no bit part example factor cause effect event stage way ways method methods feature features aspect
aspects type types kind kinds""".split())
_NEXT_ITEM = frozenset({"next", "after", "afterwards", "following", "then"})
_PREVIOUS_ITEM = frozenset({"previous", "before", "preceding", "earlier"})
_LAST_ITEM = frozenset({"last", "final"})


_ORDINALS = "first|second|third|fourth|fifth|sixth|seventh|eighth|ninth|tenth"
_ORDINAL = re.compile(rf"^(?:{_ORDINALS}|\d{{1,2}}(?:st|nd|rd|th)?)$")      # "second", "2nd", "2"
_ORDINAL_WORD = re.compile(rf"^(?:{_ORDINALS}|last|final|\d{{1,2}}(?:st|nd|rd|th))$")  # not a bare "2"
# words that say only "an item" of whatever the list is ("the second way" of the ways he kept control)
BARE_ITEM_WORDS = frozenset({"one", "ones", "item", "items", "thing", "things", "bit", "part", "number", "no",
                             "way", "ways"})


def item_reference(words: tuple[str, ...], typed: tuple[str, ...] = ()) -> tuple[str, int] | None:
    """Which item of the last list a short follow-up means: ("index", n) for "the
    second one" / "and the third?" / "number 2", ("last", 0) for "the last one",
    ("next", 0) for "and the next one?" / "and after?", ("previous", 0) for "the
    one before". None when the line is no such reference. `typed` (the line's own
    words) tells an ordinal ("second") from "one" in "which one", both 1 or 2 as
    words."""
    if len(words) > 8:
        return None
    ordinals = {w.strip("?.!,") for w in typed if _ORDINAL.match(w.strip("?.!,"))} if typed else None
    numbers = sorted({int(w) for w in words if w.isdigit() and 0 < int(w) <= 20  # "first one": 1 and 1, one item
                      and (ordinals is None or any(o == w or o.startswith(w) or _ORDINAL_VALUE.get(o) == w
                                                   for o in ordinals))})
    if any(w in _LAST_ITEM for w in words):
        return ("last", 0)
    if len(numbers) == 1 and not any(w in ("how", "many", "much") for w in words):
        return ("index", numbers[0] - 1)
    if any(w in _PREVIOUS_ITEM and _steps(words, i) for i, w in enumerate(words)):
        return ("previous", 0)
    if any(w in _NEXT_ITEM and _steps(words, i) for i, w in enumerate(words)):
        return ("next", 0)
    return None


def ordinal_of(typed: tuple[str, ...]) -> tuple[str, int] | None:
    """The one ordinal a line counts by, as typed, and the index it means ("first": 0,
    "3rd": 2, "last" or "final": -1); None for none or for two."""
    found = [w.strip("?.!,") for w in typed if _ORDINAL_WORD.match(w.strip("?.!,"))]
    if len(found) != 1:
        return None
    word = found[0]
    if word in _LAST_ITEM:
        return word, -1
    return word, int(_ORDINAL_VALUE.get(word) or re.sub(r"\D", "", word)) - 1


def _steps(words: tuple[str, ...], i: int) -> bool:
    """'And after?', 'the one before that': a step along the list; not 'after the
    revolution', which says when."""
    return words[i] not in ("after", "before") or all(w in STOPWORDS for w in words[i + 1:])


def counted_item(words: tuple[str, ...], typed: tuple[str, ...]) -> tuple[int, str] | None:
    """Which item a line counts and the word it counts by ("the second effect": (1,
    "effect"); "the last cause": (-1, "cause")), or None for none, or for a word that
    names no list ("the second one", "article 2": a name, not an item)."""
    if not any(_ORDINAL_WORD.match(w.strip("?.!,")) for w in typed):
        return None
    at = next((i for i, w in enumerate(words) if w.isdigit() or w in _LAST_ITEM), -1)
    noun = words[at + 1] if 0 <= at < len(words) - 1 else ""
    if not noun or noun in BARE_ITEM_WORDS or noun in STOPWORDS or noun.isdigit():
        return None
    return (-1 if words[at] in _LAST_ITEM else int(words[at]) - 1), noun


_LAUGHS = frozenset({"lol", "lmao", "lmfao", "haha", "hahaha", "rofl"})
_OWN = frozenset({"i", "im", "my", "me", "ive", "id", "ill"})
_ASIDE_JOINS = frozenset({"because", "cause", "as", "since", "and", "but"})  # "bc", "coz": text-speak, read first


def without_aside(words: tuple[str, ...]) -> tuple[str, ...]:
    """A question less what the student adds about themselves after it ("... bc i always
    forget", "... lol my teacher keeps saying it"): that is no part of what is asked, and
    its words would be looked for in the notes. Only after a question of two words or more."""
    for i in range(2, len(words)):
        laughs = words[i] in _LAUGHS
        about_me = words[i] in _ASIDE_JOINS and i + 1 < len(words) and words[i + 1] in _OWN
        if (laughs or about_me) and is_question(words[:i]):
            return words[:i]
    return words


def is_question(words: tuple[str, ...]) -> bool:
    """A line put as a question: it opens with a question word ("when did they
    leave", "was he afraid"). One test for every use: a question is not goodbye,
    and a question asked mid-practice may be answered on the side."""
    return bool(words) and words[0] in QUESTION_WORDS
