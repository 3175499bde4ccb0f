"""A student's line, analysed once into one value every later stage reads.

read_turn tokenises the line once (its normalised words), analyses them (spelling
corrected onto the notes' words, synonyms, named entities, stems) and reads its
form (question, wanted fact, pointing back, asking why or what next, a practice
control word). No stage after it goes back to the raw text: a pronoun resolved
or a named thing is analysed from the turn's words.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from functools import cached_property

from tutor.coaching.coach import control_of
from tutor.dialogue import forms
from tutor.search.analysis import Analysis, Analyzer
from tutor.text.normalise import raw_tokens


@dataclass(frozen=True)
class Turn:
    text: str                       # the line as typed, cleaned of NULs and cut to length
    query: Analysis                 # its words, corrected tokens, stems, entities, persons
    control: str = ""               # a practice control word: hint, dont_know, skip, why, stop, or ""
    typed: tuple[str, ...] = field(default=())  # the line's own words split at spaces, lower-cased

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
    def named_thing(self) -> tuple[str, ...]:
        return forms.named_thing(self.words)

    def with_person(self, analyzer: Analyzer, name: str) -> Turn:
        """The turn with "he" read as the person named: their name's words added to
        the turn's own, and the whole analysed again from words."""
        return replace(self, query=analyzer.analyse_words(self.words + tuple(raw_tokens(name))))

    def with_stems(self, stems: tuple[str, ...]) -> Turn:
        return replace(self, query=replace(self.query, stems=stems))


def read_turn(text: str, analyzer: Analyzer) -> Turn:
    """The one analysis of a line (already cleaned)."""
    return Turn(text, analyzer.analyse(text), control_of(text), tuple(text.lower().split()))
