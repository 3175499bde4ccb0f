"""TF-IDF retrieval over documents, on word stems and on character n-grams.

Word stems (with adjacent pairs) reward the exact idea; character n-grams
keep a partly misspelt or inflected word close to its note. Callers hand in
already-analysed text (see tutor.search.analysis): the index never tokenises.
"""

from __future__ import annotations

from collections.abc import Iterable

import numpy as np

from tutor.search.doctable import DocTable, IndexedDoc
from tutor.search.vectors import TfidfModel, char_wb_ngrams
from tutor.settings import Settings

__all__ = ["CHAR_NGRAMS", "IndexedDoc", "RetrievalIndex", "fit_index", "word_features"]


def word_features(stems: tuple[str, ...] | list[str]) -> list[str]:
    """Stems plus adjacent stem pairs, so 'socialism in one country' beats its words apart."""
    return list(stems) + [f"{a}_{b}" for a, b in zip(stems, stems[1:])]


def _identity(features):
    return features


CHAR_NGRAMS = (3, 5)


def fit_index(docs: DocTable, features: Iterable[list[str]], char_texts: list[str]) -> RetrievalIndex:
    """Fit the word and character models (this is where scikit-learn is needed).
    `features` may be a generator: on large notes, holding every note's features
    at once would double the memory the fit needs."""
    return RetrievalIndex(docs, TfidfModel.fit(features, _identity, n_docs=len(docs)),
                          TfidfModel.fit_char_wb(char_texts, *CHAR_NGRAMS))


class RetrievalIndex:
    """Scores every document against a query; documents are fixed at construction."""

    def __init__(self, docs: DocTable, word: TfidfModel, char: TfidfModel):
        if len(docs) != word.n_docs or len(docs) != char.n_docs:
            raise ValueError("documents and models disagree")
        self.docs = docs
        self.word = word
        self.char = char
        self.max_idf = float(self.word.idf.max()) if len(self.word.idf) else 1.0

    def docs_with(self, stem: str) -> np.ndarray:
        """Positions of the documents holding this stem (its postings)."""
        column = self.word.column(stem)
        if column is None:
            return np.zeros(0, dtype=np.int64)
        return self.word.indices[self.word.indptr[column]: self.word.indptr[column + 1]]

    def idf(self, stem: str) -> float | None:
        """How rare a stem is across the documents; None when no document has it."""
        column = self.word.column(stem) if "_" not in stem else None
        return float(self.word.idf[column]) if column is not None else None

    def in_topic(self, topic: str) -> np.ndarray:
        return self.docs.in_topic(topic)

    def scores(self, stems: tuple[str, ...], char_text: str, word_share: float = Settings.word_share) -> np.ndarray:
        """Cosine similarity of the query to every document: the word model's, and
        the character model's for the rest."""
        if not stems and not char_text:
            return np.zeros(len(self.docs))
        word = self.word.scores(word_features(stems))
        char = self.char.scores(char_wb_ngrams(char_text, *CHAR_NGRAMS))
        return word_share * word + (1 - word_share) * char
