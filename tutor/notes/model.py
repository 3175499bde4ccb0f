"""The knowledge base as plain, immutable data.

Everything the engine knows is loaded once into these records; nothing else in
the package holds history, so an imported notes folder is a drop-in swap.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import cached_property
from pathlib import Path


@dataclass(frozen=True)
class Fragment:
    """One idea of the notes, in the notes' own words, with where it came from."""

    id: str
    topic: str
    text: str
    trail: tuple[str, ...]
    lines: tuple[int, ...]
    file: str
    because: tuple[str, ...] = ()
    line: int = field(default=0, compare=False)  # where the fragment starts in its YAML file

    @property
    def line_label(self) -> str:
        first, last = self.lines[0], self.lines[-1]
        return f"line {first}" if first == last else f"lines {first}-{last}"


@dataclass(frozen=True)
class Heading:
    line: int
    text: str


@dataclass(frozen=True)
class Topic:
    id: str
    title: str
    source: str
    headings: tuple[Heading, ...]
    fragments: Sequence[Fragment]  # a tuple, or made on demand from the cache


@dataclass(frozen=True)
class GlossaryEntry:
    """Background the notes take for granted. Never presented as the notes."""

    id: str
    term: str
    kind: str
    aliases: tuple[str, ...]
    text: str

    @property
    def names(self) -> tuple[str, ...]:
        return (self.term, *self.aliases)


@dataclass(frozen=True)
class Intent:
    name: str
    examples: tuple[str, ...]
    reply: str = ""


@dataclass(frozen=True)
class WhyPoint:
    """One thing a full explanation says, resting on the notes it cites."""

    id: str
    text: str
    fragments: tuple[str, ...]
    terms: tuple[tuple[str, ...], ...]  # groups of ways to say each key idea
    hint: str
    prompt: str
    answers: tuple[str, ...]  # what fills the prompt's gap


@dataclass(frozen=True)
class Misconception:
    text: str
    terms: tuple[tuple[str, ...], ...]
    correction: str


@dataclass(frozen=True)
class WhyQuestion:
    id: str
    topic: str
    question: str
    points: tuple[WhyPoint, ...]
    misconceptions: tuple[Misconception, ...] = ()


@dataclass(frozen=True)
class KnowledgeBase:
    root: Path
    topics: tuple[Topic, ...]
    glossary: tuple[GlossaryEntry, ...]
    fragment_followups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    topic_followups: dict[str, tuple[str, ...]] = field(default_factory=dict)
    sources: dict[str, tuple[str, ...]] = field(default_factory=dict)
    why_questions: tuple[WhyQuestion, ...] = ()
    title: str = ""  # what the notes are about (about.yaml), when they say
    synonyms: dict[str, str] = field(default_factory=dict)  # words students use -> the notes' words (synonyms.yaml)

    @property
    def subject_line(self) -> str:
        """What these notes are, for a greeting: their title, else their first topics."""
        if self.title:
            return self.title
        names = [t.title for t in self.topics[:3]]
        return ", ".join(names) + (" and more" if len(self.topics) > 3 else "")

    @property
    def fragments(self) -> tuple[Fragment, ...]:
        return tuple(f for t in self.topics for f in t.fragments)

    @cached_property
    def _where(self) -> dict[str, tuple[int, int]]:
        """Each fragment id's topic and place in it; read from ids alone where the
        fragments are made on demand (tutor.notes.columns), so none is made."""
        where: dict[str, tuple[int, int]] = {}
        for t, topic in enumerate(self.topics):
            ids = getattr(topic.fragments, "ids", None) or [f.id for f in topic.fragments]
            where.update((fid, (t, i)) for i, fid in enumerate(ids))
        return where

    def place(self, fragment_id: str) -> tuple[int, int]:
        """Where a fragment stands in the notes: its topic's place, and its own in the topic."""
        return self._where[fragment_id]

    def fragment(self, fragment_id: str) -> Fragment:
        t, i = self._where[fragment_id]
        return self.topics[t].fragments[i]

    @property
    def by_id(self) -> FragmentsById:
        return FragmentsById(self)

    @cached_property
    def _topics_by_id(self) -> dict[str, Topic]:
        return {t.id: t for t in self.topics}

    def topic(self, topic_id: str) -> Topic:
        return self._topics_by_id[topic_id]

    def source_lines(self, frag: Fragment) -> list[str]:
        """The verbatim lines of the notes file a fragment cites."""
        lines = self.sources.get(frag.file, ())
        return [lines[n - 1] for n in frag.lines if 0 < n <= len(lines)]


class FragmentsById(Mapping):
    """The fragments by id, made only as they are looked up."""

    def __init__(self, kb: KnowledgeBase):
        self._kb = kb

    def __getitem__(self, fragment_id: str) -> Fragment:
        return self._kb.fragment(fragment_id)

    def __contains__(self, fragment_id) -> bool:
        return fragment_id in self._kb._where

    def __iter__(self):
        return iter(self._kb._where)

    def __len__(self) -> int:
        return len(self._kb._where)
