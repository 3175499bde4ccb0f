"""Words used of the same things, from a sentence model read once, offline.

WordNet lists synonyms; it does not know that a "death toll" is counted in
people "killed", or that "look alike" is "similarity". tools/make_word_neighbours.py
asked all-MiniLM-L6-v2 for each everyday word's nearest others and shipped only
that table (tutor/data/neighbours.tsv.gz): no model and no vectors at run time.
The index build reads it beside WordNet's related words: a question's word
near a word of the notes earns part of a match (tutor.search.matching).
"""

from __future__ import annotations

import gzip
from collections.abc import Callable, Iterable, Mapping
from functools import lru_cache
from importlib import resources

OTHER_FORM = 0.1  # a word that is not its stem's usual form must be this much nearer than the floor


def load_neighbours(floor: float, words: Iterable[str]) -> dict[str, dict[str, float]]:
    """The neighbours at least `floor` similar of each of `words` (the table lists
    them both ways round: a word's nearest, and those it is among the nearest of).
    Read when an index is built, never to answer a question."""
    lines = _lines()
    out: dict[str, dict[str, float]] = {}
    for word in words:
        if word in lines:
            out[word] = {other: float(value) for other, _, value in
                         (pair.rpartition(":") for pair in lines[word].split(",")) if float(value) >= floor}
    return out


@lru_cache(maxsize=1)
def _lines() -> dict[str, str]:
    """Each word's line, its pairs not yet taken apart: read once a process (an import
    builds one index, tests many)."""
    data = resources.files("tutor").joinpath("data/neighbours.tsv.gz").read_bytes()
    return dict(line.split("\t", 1) for line in gzip.decompress(data).decode("utf-8").splitlines()
                if line and line[0] != "#")


def neighbour_stems(words: Iterable[str], neighbours: Mapping[str, Mapping[str, float]], floor: float,
                    strongest: float, stem: Callable[[str], str], usual: Mapping[str, str],
                    opposed: Callable[[str, str], bool] = lambda a, b: False) -> dict[str, dict[str, float]]:
    """For the words of some notes: every everyday word near one of them (as its
    stem), mapped to that word's stem with how strongly it stands for it: half of
    `strongest` at the floor, all of it for the same meaning. A stem is read as its
    `usual` word (its commonest): "active" is near "functioned", but a question's
    "function" is the word "function", which is not near it. Words `opposed` in meaning
    are used of the same things too ("western", "eastern") and are left out: a
    question about the eastern borders is not answered by the western ones."""
    table: dict[str, dict[str, float]] = {}
    for word in words:
        own = stem(word)
        for other, similarity in neighbours.get(word, {}).items():
            key = stem(other)
            if usual.get(key, other) != other and similarity < floor + OTHER_FORM or opposed(word, other):
                continue
            strength = strongest * (0.5 + 0.5 * (similarity - floor) / (1.0 - floor))
            if key != own and strength > table.setdefault(key, {}).get(own, 0.0):
                table[key][own] = strength
    return table


def merged(*tables: Mapping[str, Mapping[str, float]]) -> dict[str, dict[str, float]]:
    """Tables of near words as one, each pair at its strongest."""
    out: dict[str, dict[str, float]] = {}
    for table in tables:
        for key, near in table.items():
            into = out.setdefault(key, {})
            for other, strength in near.items():
                if strength > into.get(other, 0.0):
                    into[other] = strength
    return out
