"""The searchable notes as packed integer arrays; each note is built when first asked for.

A hundred thousand notes held as frozensets of strings take several hundred MB
and seconds to load, yet a question looks at a few hundred of them. Packed,
each set of strings is a run of ids into one shared list of terms, so the
whole table is a few arrays: cheap to build, to save and to load.
"""

from __future__ import annotations

from array import array
from collections.abc import Mapping
from dataclasses import dataclass

import numpy as np

from tutor.search.vectors import run_positions
from tutor.storage.arrayfile import check_ids, check_runs, expect
from tutor.storage.ondemand import MadeOnDemand

SETS = ("stems", "persons", "numbers", "words", "own", "people", "marks")


@dataclass(frozen=True)
class IndexedDoc:
    """One searchable note fragment, as the retrieval sees it."""

    id: str
    topic: str
    stems: frozenset[str]          # text and headings together
    persons: frozenset[str]
    numbers: frozenset[str] = frozenset()  # numbers in the text or headings (years, counts)
    words: frozenset[str] = frozenset()  # content words as written (before stemming)
    own: frozenset[str] = frozenset()    # the stems of the note's own words (not its headings)
    people: frozenset[str] = frozenset()  # "person:word", "place:word": what it names (tutor.search.evidence)
    marks: frozenset[str] = frozenset()   # "time" when it says when, "number" when it says how many


class DocTable(MadeOnDemand):
    """The notes in index order. `topic_codes` numbers each note's topic (an index
    into `topic_names`), so a topic's notes are found with one integer compare."""

    keep = 20_000  # notes kept built between questions

    def __init__(self, ids: list[str], topic_names: list[str], topic_codes: np.ndarray, terms: list[str],
                 packed: dict[str, tuple[np.ndarray, np.ndarray]]):
        super().__init__()
        n = len(ids)
        if len(topic_codes) != n:
            raise ValueError("documents: topics do not fit")
        check_ids(topic_codes, len(topic_names), "documents' topics")
        for name in SETS:
            term_ids, offsets = packed[name]
            check_runs(offsets, n, len(term_ids), f"documents' {name}")
            check_ids(term_ids, len(terms), f"documents' {name}")
        self.ids, self.topic_names, self.topic_codes = ids, topic_names, topic_codes
        self.terms, self.packed = terms, packed
        self.positions = {doc_id: i for i, doc_id in enumerate(ids)}
        self._topic_code = {topic: i for i, topic in enumerate(topic_names)}
        self._term_id = {term: i for i, term in enumerate(terms)}
        self._number_flags: tuple[np.ndarray, np.ndarray] | None = None
        if len(self.positions) != n:
            raise ValueError("documents: repeated ids")

    def to_data(self) -> tuple[dict, dict[str, np.ndarray]]:
        """(JSON-able part, arrays) for the cache. The ids and topics are the notes'
        own, in their order, so the cache keeps them once, with the notes."""
        arrays = {}
        for name in SETS:
            arrays[f"docs.{name}.ids"], arrays[f"docs.{name}.offsets"] = self.packed[name]
        return {"terms": self.terms}, arrays

    @classmethod
    def from_data(cls, meta: dict, arrays, ids: list[str], topic_sizes: list[tuple[str, int]]) -> DocTable:
        """The table of notes `ids`, which lie topic after topic as `topic_sizes` says."""
        packed = {name: (expect(arrays, f"docs.{name}.ids", "i"), expect(arrays, f"docs.{name}.offsets", "i"))
                  for name in SETS}
        codes = np.repeat(np.arange(len(topic_sizes), dtype=np.int32), [size for _, size in topic_sizes])
        return cls(ids, [topic for topic, _ in topic_sizes], codes, meta["terms"], packed)

    def __len__(self) -> int:
        return len(self.ids)

    def _set(self, name: str, i: int) -> frozenset[str]:
        ids, offsets = self.packed[name]
        return frozenset(map(self.terms.__getitem__, ids[offsets[i]: offsets[i + 1]].tolist()))

    def _make(self, i: int) -> IndexedDoc:
        return IndexedDoc(self.ids[i], self.topic_of(i), self._set("stems", i), self._set("persons", i),
                          self._set("numbers", i), self._set("words", i), self._set("own", i),
                          self._set("people", i), self._set("marks", i))

    def topic_of(self, position: int) -> str:
        return self.topic_names[self.topic_codes[position]]

    def term_ids(self, terms) -> np.ndarray:
        """Ids of those of these terms any note holds."""
        found = [self._term_id[t] for t in terms if t in self._term_id]
        return np.array(found, dtype=np.int32)

    def held(self, positions: np.ndarray, name: str) -> tuple[np.ndarray, np.ndarray]:
        """What the notes at these positions hold, flat: (which of the positions, term id)
        for every term of each one's `name` set, without building a single note."""
        ids, offsets = self.packed[name]
        starts = offsets[positions]
        lengths = offsets[positions + 1] - starts
        return np.repeat(np.arange(len(positions)), lengths), ids[run_positions(starts, lengths)]

    def number_flags(self) -> tuple[np.ndarray, np.ndarray]:
        """For every term: is it a small number (a count), is it a year."""
        if self._number_flags is None:
            digits = np.array([t.isdigit() for t in self.terms], dtype=bool)
            sizes = np.array([len(t) for t in self.terms])
            self._number_flags = (digits & (sizes < 4), digits & (sizes == 4))
        return self._number_flags

    def in_topic(self, topic: str) -> np.ndarray:
        """A boolean mask of the notes under this topic."""
        code = self._topic_code.get(topic)
        return self.topic_codes == code if code is not None else np.zeros(len(self), dtype=bool)


class DocsById(Mapping):
    """Documents by fragment id, built on demand like the table they come from."""

    def __init__(self, table: DocTable):
        self._table = table

    def __getitem__(self, doc_id: str) -> IndexedDoc:
        return self._table[self._table.positions[doc_id]]

    def __iter__(self):
        return iter(self._table.positions)

    def __len__(self) -> int:
        return len(self._table)


class DocPacker:
    """Packs documents one at a time, so a large set of notes is never held as
    frozensets all at once while the index is built."""

    def __init__(self):
        self._terms: dict[str, int] = {}
        self._topics: dict[str, int] = {}
        self._ids: list[str] = []
        self._codes = array("i")
        self._runs = {name: (array("i"), array("q", [0])) for name in SETS}

    def add(self, doc: IndexedDoc) -> None:
        self._ids.append(doc.id)
        self._codes.append(self._topics.setdefault(doc.topic, len(self._topics)))
        for name in SETS:
            values, offsets = self._runs[name]
            values.extend(self._terms.setdefault(t, len(self._terms)) for t in sorted(getattr(doc, name)))
            offsets.append(len(values))

    def table(self) -> DocTable:
        packed = {name: (np.array(values, dtype=np.int32), np.array(offsets, dtype=np.int64))
                  for name, (values, offsets) in self._runs.items()}
        return DocTable(self._ids, list(self._topics), np.array(self._codes, dtype=np.int32),
                        list(self._terms), packed)
