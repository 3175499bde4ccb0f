"""A read-only sequence whose items are made the first time they are asked for.

The notes of a large course are kept packed (tutor.search.doctable,
tutor.notes.columns); a question reads a handful of them, so each item is
made from the packed form when first read and kept for the next question.
"""

from __future__ import annotations

from collections.abc import Sequence


class MadeOnDemand(Sequence):
    """Subclasses say how long they are and how to make item i; `keep` bounds how
    many made items are kept (past it, the store starts again)."""

    keep: int | None = None

    def __init__(self):
        self._made: dict = {}

    def _make(self, i: int):
        raise NotImplementedError

    def __getitem__(self, i):
        if isinstance(i, slice):
            return tuple(self[j] for j in range(*i.indices(len(self))))
        i = int(i)
        if i < 0:
            i += len(self)
        if not 0 <= i < len(self):
            raise IndexError(i)
        made = self._made.get(i)
        if made is None:
            if self.keep is not None and len(self._made) >= self.keep:
                self._made.clear()
            made = self._made[i] = self._make(i)
        return made
