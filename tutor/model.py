"""The knowledge base as plain, immutable data.

Everything the engine knows is loaded once into these records; nothing else in
the package holds history, so an imported notes folder is a drop-in swap.
"""

from __future__ import annotations

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
    fragments: tuple[Fragment, ...]


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

    @property
    def fragments(self) -> tuple[Fragment, ...]:
        return tuple(f for t in self.topics for f in t.fragments)

    @cached_property
    def _by_id(self) -> dict[str, Fragment]:
        return {f.id: f for t in self.topics for f in t.fragments}

    def fragment(self, fragment_id: str) -> Fragment:
        return self._by_id[fragment_id]

    def topic(self, topic_id: str) -> Topic:
        for topic in self.topics:
            if topic.id == topic_id:
                return topic
        raise KeyError(topic_id)

    def source_lines(self, frag: Fragment) -> list[str]:
        """The verbatim lines of the notes file a fragment cites."""
        lines = self.sources.get(frag.file, ())
        return [lines[n - 1] for n in frag.lines if 0 < n <= len(lines)]
