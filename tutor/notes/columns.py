"""The notes' fragments stored as columns, each Fragment made when first asked for.

A start from the cache should not pay for a hundred thousand Fragment objects
when a question reads a handful. Saved, the fragments are columns (ids, texts,
trail numbers, runs of line numbers), each distinct trail stored once; loaded,
each topic's fragments are a FragmentRun over those columns.
"""

from __future__ import annotations

import numpy as np

from tutor.notes.model import Fragment, Heading, Topic
from tutor.storage.arrayfile import check_ids, check_runs, expect
from tutor.storage.ondemand import MadeOnDemand


def _pack_runs(runs: list[tuple[int, ...]]) -> tuple[np.ndarray, np.ndarray]:
    """Many short runs of integers as one array of values and one of offsets."""
    offsets = np.zeros(len(runs) + 1, dtype=np.int64)
    np.cumsum([len(r) for r in runs], out=offsets[1:])
    values = np.fromiter((v for r in runs for v in r), dtype=np.int64, count=int(offsets[-1]))
    return values, offsets


def to_data(topics: tuple[Topic, ...]) -> tuple[dict, dict[str, np.ndarray]]:
    fragments = [f for t in topics for f in t.fragments]
    trails: dict[tuple[str, ...], int] = {}
    codes = [trails.setdefault(f.trail, len(trails)) for f in fragments]
    lines, line_offsets = _pack_runs([f.lines for f in fragments])
    meta = {"ids": [f.id for f in fragments], "texts": [f.text for f in fragments],
            "trails": [list(t) for t in trails],
            "because": {str(i): list(f.because) for i, f in enumerate(fragments) if f.because}}
    arrays = {"fragments.trail": np.array(codes, dtype=np.int64), "fragments.lines": lines,
              "fragments.line_offsets": line_offsets,
              "fragments.line": np.array([f.line for f in fragments], dtype=np.int64)}
    return meta, arrays


class FragmentColumns:
    """Every fragment of the notes, in order, as columns checked to fit together."""

    def __init__(self, meta: dict, arrays):
        self.ids, self.texts, self.because = meta["ids"], meta["texts"], meta["because"]
        self.trails = [tuple(t) for t in meta["trails"]]
        self.codes = expect(arrays, "fragments.trail", "i")
        self.line = expect(arrays, "fragments.line", "i")
        self.lines = expect(arrays, "fragments.lines", "i")
        self.offsets = expect(arrays, "fragments.line_offsets", "i")
        n = len(self.ids)
        if not len(self.texts) == len(self.codes) == len(self.line) == n:
            raise ValueError("fragment columns differ in length")
        check_runs(self.offsets, n, len(self.lines), "fragment lines", nonempty=True)  # each cites a line
        check_ids(self.codes, len(self.trails), "fragment trails")
        if not all(isinstance(x, str) for x in self.ids) or not all(isinstance(x, str) for x in self.texts):
            raise ValueError("fragment ids and texts must be text")

    def __len__(self) -> int:
        return len(self.ids)

    def fragment(self, i: int, topic: str, source: str) -> Fragment:
        return Fragment(self.ids[i], topic, self.texts[i], self.trails[int(self.codes[i])],
                        tuple(self.lines[self.offsets[i]: self.offsets[i + 1]].tolist()), source,
                        tuple(self.because.get(str(i), ())), int(self.line[i]))


class FragmentRun(MadeOnDemand):
    """One topic's fragments: positions start..end of the columns, each made once, when asked for."""

    def __init__(self, columns: FragmentColumns, start: int, end: int, topic: str, source: str):
        super().__init__()
        self._columns, self._start, self._end = columns, start, end
        self._topic, self._source = topic, source

    @property
    def ids(self) -> list[str]:
        """The fragments' ids, without making the fragments."""
        return self._columns.ids[self._start: self._end]

    def __len__(self) -> int:
        return self._end - self._start

    def _make(self, i: int) -> Fragment:
        return self._columns.fragment(self._start + i, self._topic, self._source)


def topics_from_data(topics: list[dict], meta: dict, arrays) -> tuple[Topic, ...]:
    columns = FragmentColumns(meta, arrays)
    out, start = [], 0
    for t in topics:
        end = start + t["size"]
        if not isinstance(t["size"], int) or t["size"] < 0 or end > len(columns):
            raise ValueError("topics hold more fragments than there are")
        out.append(Topic(t["id"], t["title"], t["source"], tuple(Heading(h[0], h[1]) for h in t["headings"]),
                         FragmentRun(columns, start, end, t["id"], t["source"])))
        start = end
    if start != len(columns):
        raise ValueError("fragments outside any topic")
    return tuple(out)
