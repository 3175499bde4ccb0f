"""TF-IDF retrieval over documents, on word stems and on character n-grams.

Word stems (with adjacent pairs) reward the exact idea; character n-grams
keep a partly misspelt or inflected word close to its note. Callers hand in
already-analysed text (see tutor.analysis): the index never tokenises.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tutor.vectors import TfidfModel, char_wb_ngrams


def word_features(stems: tuple[str, ...] | list[str]) -> list[str]:
    """Stems plus adjacent stem pairs, so 'socialism in one country' beats its words apart."""
    return list(stems) + [f"{a}_{b}" for a, b in zip(stems, stems[1:])]


def _identity(features):
    return features


@dataclass(frozen=True)
class IndexedDoc:
    """One searchable note fragment, as the retrieval sees it."""

    id: str
    topic: str
    stems: frozenset[str]          # text and headings together
    persons: frozenset[str]
    numbers: frozenset[str] = frozenset()  # numbers in the text or headings (years, counts)
    words: frozenset[str] = frozenset()  # content words as written (before stemming)


CHAR_NGRAMS = (3, 5)


def fit_index(docs: list[IndexedDoc], features: list[list[str]], char_texts: list[str]) -> "RetrievalIndex":
    """Fit the word and character models (this is where scikit-learn is needed)."""
    return RetrievalIndex(docs, TfidfModel.fit(features, _identity), TfidfModel.fit(char_texts, "char_wb", CHAR_NGRAMS))


class RetrievalIndex:
    """Scores every document against a query; documents are fixed at construction."""

    WORD_SHARE = 0.6

    def __init__(self, docs: list[IndexedDoc], word: TfidfModel, char: TfidfModel):
        self.docs = docs  # a list, or a table that builds each document when first asked for
        self.word = word
        self.char = char
        vocab = self.word.vocabulary
        self._idf = {term: float(self.word.idf[i]) for term, i in vocab.items() if "_" not in term}
        self.max_idf = float(self.word.idf.max()) if len(vocab) else 1.0
        topics = getattr(docs, "topics", None)
        self.topics = topics if topics is not None else np.array([d.topic for d in docs], dtype=object)

    def docs_with(self, stem: str) -> np.ndarray:
        """Positions of the documents holding this stem (its postings)."""
        column = self.word.vocabulary.get(stem)
        if column is None:
            return np.zeros(0, dtype=np.int64)
        return self.word.indices[self.word.indptr[column]: self.word.indptr[column + 1]]

    def idf(self, stem: str) -> float | None:
        """How rare a stem is across the documents; None when no document has it."""
        return self._idf.get(stem)

    def scores(self, stems: tuple[str, ...], char_text: str) -> np.ndarray:
        """Cosine similarity of the query to every document (word and character models blended)."""
        if not stems and not char_text:
            return np.zeros(len(self.docs))
        word = self.word.scores(word_features(stems))
        char = self.char.scores(char_wb_ngrams(char_text, *CHAR_NGRAMS))
        return self.WORD_SHARE * word + (1 - self.WORD_SHARE) * char
