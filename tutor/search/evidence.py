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

from tutor.text.lexicon import QUANTITY_WORDS, TIME_WORDS
from tutor.text.normalise import fold, raw_tokens
from tutor.text.wordnet import WordNet

PERSON_ROOTS = frozenset({"00007846-n", "07967506-n"})  # person; social group
TIME_ROOTS = frozenset({"15137796-n", "15179734-n"})    # time period; time unit
_CAPITALISED = re.compile(r"(?<![.!?:;]\s)(?<!^)\b([A-Z][a-z]+(?:[A-Z][a-z]+)?)\b")
_YEAR = re.compile(r"^(1[0-9]{3}|20[0-9]{2})s?$")
_ORDINAL_DATE = re.compile(r"^\d{1,2}(st|nd|rd|th)$")
_CAUSE = re.compile(r"\b(because|since|so|therefore|thus|hence|due to|caused|causes|cause|as a result|result of|"
                    r"leads? to|led to|in order to|so that|reason|reasons|why)\b|=|->|→|∴", re.I)


def people_in(text: str, words: list[str], everyday: Mapping[str, float], wordnet: WordNet) -> set[str]:
    """The words of a note that name a person or a group of people."""
    found = {fold(m.group(1)) for m in _CAPITALISED.finditer(text) if fold(m.group(1)) not in everyday}
    for word in words:
        for lemma in wordnet.lemmas_of(word):
            if wordnet.is_a(lemma, PERSON_ROOTS):
                found.add(word)
                break
    return found


def marks_of(text: str, words: list[str], wordnet: WordNet) -> set[str]:
    """'time' when the note says when, 'number' when it says how many or how much."""
    marks = set()
    raw = text.split()
    if any(w.isdigit() and len(w) < 4 for w in words) or any(w in QUANTITY_WORDS for w in words) or "%" in text:
        marks.add("number")  # a count or amount (a year is a time, not a count)
    if (any(_YEAR.match(w) for w in words) or any(_ORDINAL_DATE.match(w.strip(",.").lower()) for w in raw)
            or any(w in TIME_WORDS for w in words)
            or any(wordnet.is_a(lemma, TIME_ROOTS, senses=1) for w in words for lemma in wordnet.lemmas_of(w))):
        marks.add("time")
    if _CAUSE.search(text):
        marks.add("cause")  # it gives a reason or a consequence
    return marks


def note_evidence(text: str, everyday: Mapping[str, float], wordnet: WordNet) -> tuple[frozenset[str], frozenset[str]]:
    words = raw_tokens(text)
    return frozenset(people_in(text, words, everyday, wordnet)), frozenset(marks_of(text, words, wordnet))
