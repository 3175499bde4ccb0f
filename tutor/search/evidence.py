"""What kind of fact a note holds, so a question of a kind the note cannot answer
is not answered by it: "who" wants a person or a group, "when" a time, "how
many" a number.

Worked out once per note at the index build (WordNet is read then, and never
again): the people a note names (glossary people; capitalised words that are
no everyday English word, such as "Luxemburg"; everyday words that name a
person or a group, such as "pensioners"), and marks for the times and numbers
it holds.
"""

from __future__ import annotations

import re
from collections.abc import Mapping

from tutor.text.lexicon import (
    CALENDAR_WORDS,
    CARDINALS,
    DURATION_WORDS,
    FATE_WORDS,
    KILLING_WORDS,
    QUANTITY_WORDS,
    STOPWORDS,
    TIME_WORDS,
    noun_kinds,
)
from tutor.text.normalise import fold, raw_tokens, stem
from tutor.text.wordnet import WordNet

PERSON = frozenset({"00007846-n"})  # WordNet's "person"
PERSON_ROOTS = PERSON | {"07967506-n"}  # a person, or a social group
# "people" and "citizenry" themselves (a kind of group), not what WordNet files under them
# ("the dead", "the free", "the lost" would make every note that says "lost" name people)
PEOPLE_SENSES = frozenset({"07958392-n", "08177175-n"})
TIME_ROOTS = frozenset({"15137796-n", "15179734-n"})    # time period; time unit
_FATE_STEMS = frozenset(stem(w) for w in FATE_WORDS)
_KILLING_STEMS = frozenset(stem(w) for w in KILLING_WORDS)
PLACE_ROOTS = frozenset({"00027365-n", "04348764-n", "05227735-n"})  # location; structure; body part
_CAPITALISED = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)\b")
_WHERE = re.compile(r"\b(where|inside|within|located|found in|lies in|sits in|takes place in|"
                    r"in the (?:middle|front|back)|at the (?:top|bottom|front|back|base|tip|edge|end) of|"
                    r"close to|near|nearby|next to|beside|between|behind|beneath|underneath|surrounding)\b", re.I)
_ACRONYM = re.compile(r"\b([A-Z]{2,6})s?\b")   # "USSR", "CCP", "UN": an organisation or country
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})s?$")
_YEAR_RANGE = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})\s*[-–]\s*\d{2,4}\b")
_ORDINAL_DATE = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
_CAUSE = re.compile(r"\b(because|since|so|therefore|thus|hence|due to|caused|causes|cause|as a result|result of|"
                    r"leads? to|led to|in order to|so that|reason|reasons|why|prevents?|prevented|as a way to|"
                    r"attempts? to|attempted to|so as to|aim(?:s|ed)? to|which means|this means|in response to|"
                    r"purpose|(?:deduced|derived|follows|comes|results) from|explained by)\b|->|→|∴"
                    r"|[a-z]{3,}\s+[a-z]{3,}\s*=\s*[a-z]{3,}", re.I)  # "fewer goods = prices shot up", not a formula


# a symbol of a letter or two (Greek too, with an index) equated to something: not "fewer goods = prices up"
_FORMULA = re.compile(r"(?:^|[\s(:;,])[A-Za-z\u0370-\u03ff][\w\u0370-\u03ff]{0,3}\s*=\s*\S")
# a word equation: "Magnification = image size / real size" (an operator after the "=")
_WORD_EQUATION = re.compile(r"\w\s*=\s*[^=.;]*?\w\s*[/×*÷]\s*\w")


_CONDITION = re.compile(r"\b(if|whenever|unless|in (an|case of|times of) emergenc\w*|in times of|during)\b", re.I)
_IF = re.compile(r"\b(if|unless|in case|whenever|provided that)\b", re.I)
_PER_CENT = re.compile(r"\bper\s*cent\b", re.I)
_FOLLOWING = re.compile(r"\s+([a-z]+)")
_OF_NAME = re.compile(r"\bof\s+(the\s+)?$", re.I)
_PLACED = re.compile(r"\b(in|at|from|to|into|near|across|through|throughout|around|outside|inside|towards|within"
                     r"|between|over|occupied|invaded|captured|seized|attacked|bombed|reached|entered|visited|left)"
                     r"(\s+the)?\s+$", re.I)


def named_in(text: str, words: list[str], everyday: Mapping[str, float], wordnet: WordNet) -> set[str]:
    """What a note names, as "person:word" or "place:word": a capitalised word that
    is no everyday English word, or an acronym ("Luxemburg", "USSR": a person or a
    group, and a place too where a preposition puts it, "in Haiti"), or an everyday
    noun WordNet files under people or groups ("pensioners") or under places
    ("capital", "heart")."""
    capitalised = [m for m in _CAPITALISED.finditer(text) if fold(m.group(1)) not in CALENDAR_WORDS]
    acronyms = [m for m in _ACRONYM.finditer(text) if fold(m.group(1)) not in everyday and not _shouted(text, m)]
    spelled = spelled_out(text)
    titled = _title_words(text, wordnet) | spelled
    names = [m for m in capitalised if fold(m.group(1)) not in everyday and fold(m.group(1)) not in titled]
    found = {f"person:{fold(m.group(1))}" for m in _surnames(text, names) + acronyms
             if not _OF_NAME.search(text[:m.start()])}  # "Treaty of Rapallo" names no one
    # what "which party...?" asks for: a name, not a common noun ("chancellor", "troops"),
    # nor a word that only says whose they are ("Belgian troops", "Ruhr workers")
    kinds = noun_kinds()
    found |= {f"name:{fold(m.group(1))}" for m in names + acronyms if _whose(text, m.end()) not in kinds}
    # a name is a place where English puts a place: "in Berlin", "from the USA", "to Bavaria"
    found |= {f"place:{fold(m.group(1))}" for m in capitalised + acronyms if _PLACED.search(text[:m.start()])}
    modifiers = _modifiers(text, kinds, wordnet)
    for word in words:
        if word.endswith(("ed", "ing")) or word in modifiers or word in STOPWORDS or word in spelled:
            continue  # a verb's form, not a person ("crushed", "ruling"); "Soviet" of "Soviet control"
        lemmas = wordnet.lemmas_of(word, nouns_only=True)
        if any(wordnet.is_a(lemma, PERSON_ROOTS, as_noun=lemma != word, senses=1)
               or not PEOPLE_SENSES.isdisjoint(wordnet.synsets.get(lemma, ())[:2]) for lemma in lemmas):
            found.add(f"person:{word}")
        if any(wordnet.is_a(lemma, PLACE_ROOTS) for lemma in lemmas):
            found.add(f"place:{word}")
    return found


_TITLE_RUN = re.compile(r"\b[A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*){2,}")


def _title_words(text: str, wordnet: WordNet) -> set[str]:
    """The English words of a run of three or more capitalised words, a title ("Valence
    Shell Electron Pair Repulsion Theory"): capitalised as a title's words are, they
    name no one ("Repulsion")."""
    return {fold(w) for run in _TITLE_RUN.finditer(text) for w in run.group(0).split()
            if fold(w) in wordnet.synsets}


_CAPS_WORD = re.compile(r"[A-Z]{2,}")


def _shouted(text: str, m: re.Match) -> bool:
    """A small word in capitals among others ("USE OF TERROR"): a heading shouted,
    not an acronym; "US loans" keeps "US"."""
    if fold(m.group(1)) not in STOPWORDS:
        return False
    before, after = text[:m.start()].split()[-1:], text[m.end():].split()[:1]
    return any(_CAPS_WORD.fullmatch(w.strip(".,:;!?'\"")) for w in before + after)


_SPELLED = re.compile(r"((?:[A-Z][\w'’-]*\s+(?:of\s+|and\s+|the\s+|for\s+)*){1,7})\(([A-Z]{2,7})s?\)")


def spelled_out(text: str) -> set[str]:
    """The words of a name spelled out before its initials ("Chinese Communist Party
    (CCP)"): the one group the initials name, so they name no one besides it."""
    out: set[str] = set()
    for m in _SPELLED.finditer(text):
        initials = m.group(2)
        words = [w for w in m.group(1).split() if w[0].isupper()][-len(initials):]
        if "".join(w[0] for w in words) == initials:
            out |= {fold(w) for w in words}
    return out


_BEFORE_NOUN = re.compile(r"\b([A-Z][a-z]+)\s+([a-z]+)\b")
_BEFORE_NO_WORD = re.compile(r"\b([A-Z][a-z]+)\b(?!\s+[a-z])")


def _modifiers(text: str, kinds: Mapping[str, str], wordnet: WordNet) -> set[str]:
    """Capitalised words that only ever stand before a noun for no person ("Soviet
    control", "German banks"): they say whose it is, and name no one. Before a
    person ("Belgian troops") the person is named anyway."""
    before, alone = set(), set()
    for m in _BEFORE_NOUN.finditer(text):
        word, after = fold(m.group(1)), m.group(2)
        if (kinds.get(after) != "person" and not after.endswith(("ed", "ing")) and after not in wordnet.forms
                and wordnet.lemmas_of(after, nouns_only=True)):  # a noun, not a verb's form ("Pensioners lost")
            before.add(word)
        else:
            alone.add(word)
    return before - alone - {fold(m.group(1)) for m in _BEFORE_NO_WORD.finditer(text)}


def _whose(text: str, end: int) -> str:
    """The lower-case word right after a name ("troops" after "Belgian"), or ''."""
    following = _FOLLOWING.match(text, end)
    return following.group(1) if following else ""


def _surnames(text: str, names: list[re.Match]) -> list[re.Match]:
    """One person per name: of "Gustav Stresemann", the last word, so a note naming
    him gives no one new to "who took over after Stresemann" ("Gustav" is no second
    person)."""
    return [m for m, after in zip(names, names[1:] + [None])
            if after is None or text[m.end():after.start()].strip()]


def _dated(words: list[str]) -> bool:
    """A month or day beside a number: "28 June", "Aug 1923" (a month alone may be a
    name's: "November Criminals")."""
    return any(w in CALENDAR_WORDS and any(n.isdigit() for n in words[max(0, i - 1): i + 2])
               for i, w in enumerate(words))


_SPELLED_COUNT = re.compile(rf"\b({'|'.join(w for w in CARDINALS if w != 'one')})\b", re.I)


def marks_of(text: str, words: list[str], wordnet: WordNet) -> set[str]:
    """'time' when the note says when, 'number' when it says how many or how much,
    'date' when it gives a year or a date, 'span' when it says how long."""
    marks = set()
    raw = text.split()
    counts = [w for i, w in enumerate(words) if w.isdigit() and len(w) < 4  # not the day of "28 June"
              and not any(c in CALENDAR_WORDS for c in words[max(0, i - 1): i + 2])
              and re.search(rf"(?<![^\W\d_]){w}(?![^\W\d_])", text)]  # nor the 1 of "WW1": a name's
    # a count written out ("two phrases"), not "one", which is as often a pronoun ("one of them")
    spelled = _SPELLED_COUNT.search(text)
    if counts or spelled or any(w in QUANTITY_WORDS for w in words) or "%" in text or _PER_CENT.search(text):
        marks.add("number")  # a count or amount (a year is a time, not a count)
    dated = (any(_YEAR.match(w) for w in words) or any(_ORDINAL_DATE.match(w.strip(",.").lower()) for w in raw)
             or _dated(words))
    if (dated or any(w in TIME_WORDS for w in words)
            or any(wordnet.is_a(lemma, TIME_ROOTS, senses=1) for w in words for lemma in wordnet.lemmas_of(w))
            or _CONDITION.search(text)):
        marks.add("time")  # a date or a time, or the circumstance "when" may ask for ("in an emergency")
    if dated or any(w in CALENDAR_WORDS for w in words):
        marks.add("date")  # a year or a day of the calendar: what "what year...?" asks for
    years = {w for w in words if _YEAR.match(w)}
    if any(w in DURATION_WORDS for w in words) or len(years) >= 2 or _YEAR_RANGE.search(text) or any(
            w.endswith("s") for w in years):
        marks.add("span")  # a length of time, or the years one is counted between ("1923-29", "the 1920s"),
        # not one year alone: "Munich Putsch, Nov 1923" says when, not for how long
    if _CAUSE.search(text):
        marks.add("cause")  # it gives a reason or a consequence
    if _WHERE.search(text):
        marks.add("place")  # it says where
    if _FORMULA.search(text) or _WORD_EQUATION.search(text):
        marks.add("formula")  # it gives a formula: "C = Q/V", "τ= RC"
    if any(stem(w) in _FATE_STEMS for w in words):
        marks.add("fate")  # what became of someone: "removing Trotsky", "death of Stresemann"
    if any(stem(w) in _KILLING_STEMS for w in words):
        marks.add("how-died")  # ... and how one died: "was murdered", "executed", not only "death of"
    if _IF.search(text):
        marks.add("condition")  # it says what happens if: "if one was attacked, the other would stay neutral"
    return marks


def note_evidence(text: str, everyday: Mapping[str, float], wordnet: WordNet) -> tuple[frozenset[str], frozenset[str]]:
    words = raw_tokens(text)
    return frozenset(named_in(text, words, everyday, wordnet)), frozenset(marks_of(text, words, wordnet))
