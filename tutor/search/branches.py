"""Questions that name a whole branch of the mind map ("tell me about China",
"why did foreign policy become more aggressive after 1929?") are answered with
the notes under that heading, not with whichever single note scored best."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cached_property

from tutor.notes.model import KnowledgeBase
from tutor.search.analysis import Analyzer
from tutor.search.matching import stems_meet
from tutor.search.sections import heading_reader
from tutor.settings import Settings
from tutor.text.lexicon import STOPWORDS
from tutor.text.normalise import raw_tokens, stem


@dataclass(frozen=True)
class Branch:
    topic: str
    heading: str
    depth: int
    own_stems: frozenset[str]
    path_stems: frozenset[str]
    fragment_ids: tuple[str, ...]  # every note under the heading, in the notes' order
    parent: str = ""               # the heading it sits under ("" for a topic's own)

    def shown(self, settings: Settings) -> tuple[str, ...]:
        """The notes an answer about the branch shows: a whole topic starts with its
        first few ("tell me more" goes on), a sub-heading shows more."""
        return self.fragment_ids[: settings.branch_topic_list if self.depth == 1 else settings.branch_list]


REASON_STEMS = frozenset({stem("reason"), stem("cause"), "why"})  # a heading "Why did X happen?" lists reasons


def listed_by(heading: str) -> frozenset[str]:
    """What a heading says its notes are a list of: its plural words ("Effects of
    hyperinflation", "Main terms"), and reasons for a "Why...?" heading; not the
    "law" of "Second Law of Demand", which names one thing."""
    words = raw_tokens(heading)
    listed = {stem(w) for w in words if w.endswith("s") and not w.endswith("ss") and len(w) > 3}
    return frozenset(listed | (REASON_STEMS if words[:1] == ["why"] else set()))


_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _covered(stem: str, stems: frozenset[str]) -> bool:
    return stem in stems or any(stems_meet(stem, s) for s in stems)


class BranchIndex:
    def __init__(self, kb: KnowledgeBase, analyzer: Analyzer, branches: tuple[Branch, ...] | None = None):
        """Reads the headings of the notes, unless `branches` come ready from the cache."""
        self.branches = tuple(branches) if branches is not None else tuple(self._read(kb, analyzer))
        self._by_stem: dict[str, list[Branch]] = {}
        self._headed: dict[tuple[str, str], Branch] = {}
        for branch in self.branches:
            if branch.fragment_ids:
                self._headed.setdefault((branch.topic, branch.heading), branch)
            for own in branch.own_stems:
                self._by_stem.setdefault(own[:5], []).append(branch)

    @staticmethod
    def _read(kb: KnowledgeBase, analyzer: Analyzer) -> list[Branch]:
        branches = []
        read = heading_reader(h.text for topic in kb.topics for h in topic.headings)
        for topic in kb.topics:
            for heading in topic.headings:
                frags = [f for f in topic.fragments if heading.text in f.trail]
                if not frags:
                    continue
                trail = frags[0].trail[: frags[0].trail.index(heading.text) + 1]
                own = frozenset(analyzer.analyse(read(heading.text), correct=False).stems)
                path = frozenset(analyzer.analyse(" ".join(map(read, trail)), correct=False).stems)
                parent = trail[-2] if len(trail) > 1 else ""
                branches.append(Branch(topic.id, heading.text, len(trail), own, path, tuple(f.id for f in frags),
                                       parent))
        return branches

    @cached_property
    def _parents(self) -> dict[str, str]:
        """Each short heading (three words at most), lower-case, with the heading above it."""
        out: dict[str, str] = {}
        for branch in self.branches:
            words = raw_tokens(branch.heading)
            if 1 <= len(words) <= 3 and branch.depth > 1:
                out.setdefault(" ".join(words), f"{branch.topic}/{branch.depth}/{branch.parent}")
        return out

    def first_under(self, stems: tuple[str, ...]) -> str:
        """The first note under the one heading whose words are exactly `stems` ("Learning"
        for ("learn",); "Imagery (figurative language)" for ("imageri",): what its brackets
        add glosses it), or '' when no heading, or more than one, is."""
        thing = frozenset(stems)

        def named(branch: Branch) -> bool:
            if branch.own_stems != thing and "(" not in branch.heading:
                return False  # (most headings: no words to read)
            words = raw_tokens(_BRACKETS.sub("", branch.heading))
            return len(words) <= len(stems) + 1 and (branch.own_stems == thing or "(" in branch.heading
                                                      and tuple(stem(w) for w in words if w not in STOPWORDS) == stems)

        found = [b for b in self.branches if b.fragment_ids and named(b)]
        return found[0].fragment_ids[0] if len(found) == 1 else ""

    def siblings_of(self, phrase: str) -> str:
        """What the short heading `phrase` sits under, '' if it is none."""
        return self._parents.get(" ".join(raw_tokens(phrase)), "")

    @cached_property
    def _lists(self) -> dict[str, list[Branch]]:
        """Branches by what their heading lists ("effect": "Effects of hyperinflation");
        read from the headings the first time a question counts or names a list."""
        out: dict[str, list[Branch]] = {}
        for branch in self.branches:
            for listed in listed_by(branch.heading):
                out.setdefault(listed, []).append(branch)
        return out

    def listing(self, word: str, wanted: frozenset[str]) -> Branch | None:
        """The shortest list whose heading says it lists `word` ("effects", "reasons") and
        whose path holds every word of `wanted`: "the effects of hyperinflation" is the
        list of effects, not the whole Hyperinflation section."""
        said = {stem(word)} | (REASON_STEMS if stem(word) in REASON_STEMS else set())
        found = [b for s in said for b in self._lists.get(s, ()) if wanted <= b.path_stems]
        return min(found, key=lambda b: len(b.fragment_ids)) if found else None

    def over(self, fragment) -> list[Branch]:
        """The headings a note sits under, outermost first."""
        found = (self._headed.get((fragment.topic, heading)) for heading in fragment.trail)
        return [b for b in found if b is not None]

    def under(self, fragment) -> Branch | None:
        """The branch a note heads, when the note is also the heading of notes under it."""
        return self._headed.get((fragment.topic, fragment.text))

    def match(self, stems: tuple[str, ...], free: frozenset[str], context: tuple[str, ...] = (),
              topic: str = "") -> Branch | None:
        """The heading that best names the question, if its path holds every content word.

        The heading matching most of the question's words wins, the shallower on
        a tie ("how did the Comintern change" is the whole Comintern branch).
        `free` are stems every note is implicitly about (the notes' subject). A
        follow-up ("why do cells need it?") may name the branch with the last
        question's words (`context`), but only a branch of the last `topic`.
        """
        wanted = [s for s in dict.fromkeys(stems) if s not in free]
        if not wanted:
            return None
        best: Branch | None = None
        best_hits = 0
        naming = wanted + [s for s in context if s not in free]
        # only branches whose heading shares a word (by its first five letters) with the question
        near = {id(b): b for s in naming for b in self._by_stem.get(s[:5], ())}
        for branch in near.values():
            if topic and branch.topic != topic:
                continue
            hits = sum(_covered(s, branch.own_stems) for s in wanted)
            # "osmosis" alone does not name the branch "Diffusion, osmosis and active transport"
            named = sum(any(_covered(s, frozenset({o})) for s in naming) for o in branch.own_stems)
            if named * 2 < len(branch.own_stems):
                continue
            if hits and all(_covered(s, branch.path_stems) for s in wanted):
                if best is None or hits > best_hits or (hits == best_hits and branch.depth < best.depth):
                    best, best_hits = branch, hits
        return best
