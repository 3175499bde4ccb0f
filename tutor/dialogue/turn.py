"""A student's line, analysed once into one value every later stage reads.

read_turn tokenises the line once (its normalised words), analyses them (spelling
corrected onto the notes' words, synonyms, named entities, stems) and reads its
form (question, wanted fact, pointing back, asking why or what next, a practice
control word). No stage after it goes back to the raw text: a pronoun resolved
or a named thing is analysed from the turn's words.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace
from functools import cached_property

from tutor.coaching.coach import control_of
from tutor.dialogue import forms
from tutor.search.analysis import Analysis, Analyzer
from tutor.text.normalise import raw_tokens, stem
from tutor.text.shorthand import digits_as_words, letters_as_words


@dataclass(frozen=True)
class Turn:
    text: str                       # the line as typed, cleaned of NULs and cut to length
    query: Analysis                 # its words, corrected tokens, stems, entities, persons
    control: str = ""               # a practice control word: hint, dont_know, skip, why, stop, or ""
    typed: tuple[str, ...] = field(default=())  # the line's own words split at spaces, lower-cased
    is_understood: bool = True      # something to read at all (not an emoji, a mash, another language)
    person: str = ""                # whom "he" or "she" was read as, once resolved
    one_of_several: bool = False    # one question of a line that asks several: answered, never "which?"

    @property
    def words(self) -> tuple[str, ...]:
        return self.query.words

    @cached_property
    def is_question(self) -> bool:
        return forms.is_question(self.words)

    @cached_property
    def wanted(self) -> str:
        return forms.wanted_answer(self.words)

    @cached_property
    def asks_why(self) -> bool:
        return forms.asks_why_of_last(self.words, self.query.stems)

    @cached_property
    def asks_what_next(self) -> bool:
        return forms.asks_what_next(self.words)

    @cached_property
    def asks_else(self) -> bool:
        """'What else did he do?', 'any other reasons?', 'what did he do instead?':
        something the last answer did not say."""
        return any(w in ("else", "other", "another", "besides", "instead") for w in self.words)

    @cached_property
    def compares(self) -> bool:
        return forms.compares(self.words)

    @cached_property
    def asks_consequence(self) -> bool:
        return forms.asks_consequence(self.words)

    @cached_property
    def points_back(self) -> bool:
        return forms.leans_on_context(self.words, self.query.stems)

    @cached_property
    def person_pronoun(self) -> bool:
        return forms.mentions_person_pronoun(self.words)

    @cached_property
    def asks_definition(self) -> bool:
        return forms.asks_definition(self.words)

    @cached_property
    def asks_name(self) -> bool:
        return forms.asks_name(self.words)

    @cached_property
    def function_of(self) -> tuple[str, ...]:
        return forms.function_of(self.words)

    @cached_property
    def named_thing(self) -> tuple[str, ...]:
        return forms.named_thing(self.words)

    def with_person(self, analyzer: Analyzer, name: str) -> Turn:
        """The turn with "he" read as the person named: their name's words added to
        the turn's own, and the whole analysed again from words."""
        return replace(self, query=analyzer.analyse_words(self.words + tuple(raw_tokens(name))), person=name)

    def with_stems(self, stems: tuple[str, ...]) -> Turn:
        return replace(self, query=replace(self.query, stems=stems))


FORMULA_STEMS = frozenset(stem(w) for w in forms.FORMULA_WORDS)


def read_turn(text: str, analyzer: Analyzer) -> Turn:
    """The one analysis of a line (already cleaned): its words (text-speak read as
    English, "2" and "4" as "to" and "for" where they stand for words), analysed."""
    words = forms.whole_years(tuple(forms.measure_as_amount(letters_as_words(digits_as_words(raw_tokens(text))))),
                              analyzer.vocabulary)
    words = forms.without_aside(words)
    query = analyzer.analyse_words(words)
    if forms.wanted_answer(words) == "formula":  # "capacitance formula": a note giving one, not the word
        query = replace(query, stems=tuple(s for s in query.stems if s not in FORMULA_STEMS) or query.stems)
    return Turn(text, query, control_of(text), tuple(text.lower().split()), understood(text, words, analyzer))


_VOWELS = re.compile(r"[aeiouy]")
_MASH = re.compile(r"[^aeiouy0-9]{5,}|(.)\1\1")


_KEY_ROWS = ("qwertyuiop", "asdfghjkl", "zxcvbnm", "poiuytrewq", "lkjhgfdsa", "mnbvcxz")


def wordlike(word: str) -> bool:
    """Could be a word of some language (a name the notes lack, say), not a keyboard mash
    (consonants piled up, a letter tripled, or a run along a row of the keyboard)."""
    along_a_row = len(word) >= 5 and any(word in row for row in _KEY_ROWS)
    return bool(_VOWELS.search(word)) and not _MASH.search(word) and not along_a_row


def understood(text: str, words: tuple[str, ...], analyzer: Analyzer) -> bool:
    """Whether the line is something to read at all: half its words at least are
    English, the notes' (or misspelt ones of theirs) or numbers; or it is one word
    that could be a name. An emoji, a lone '?', a keyboard mash or a line in
    another language is not; nor is one word that is no English word, no word of the
    notes and no slip of either ("Kartoffel"): a name the notes lack is as unknown."""
    if not words:
        return False
    known = [w for w in words if w.isdigit() or stem(w) in analyzer.known_stems or w in analyzer.vocabulary
             or (len(w) >= 5 and analyzer.speller.correct(w) != w)]  # a typo of a longer word
    return 2 * len(known) >= len(words) and bool(known)
