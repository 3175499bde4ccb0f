"""TF-IDF query vectors computed without scikit-learn's per-call overhead.

scikit-learn fits the model once (vocabulary, idf, document matrix); asking it
to transform one short question then costs about a millisecond of input
validation. Here the same sublinear-tf x idf, l2-normalised vector is built
directly from the fitted vocabulary. tests/test_vectors.py proves the vectors
equal scikit-learn's on the whole evaluation set.
"""

from __future__ import annotations

import math
import re
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np
from scipy import sparse

_WHITESPACE = re.compile(r"\s\s+")


def char_wb_ngrams(text: str, low: int, high: int) -> list[str]:
    """Character n-grams inside word boundaries, exactly as scikit-learn's 'char_wb'."""
    grams: list[str] = []
    for word in _WHITESPACE.sub(" ", text.lower()).split():
        padded = f" {word} "
        size = len(padded)
        for n in range(low, high + 1):
            offset = 0
            grams.append(padded[offset: offset + n])
            while offset + n < size:
                offset += 1
                grams.append(padded[offset: offset + n])
            if offset == 0:
                break
    return grams


@dataclass(frozen=True)
class TfidfModel:
    """A fitted TF-IDF space: turns analysed features into query vectors and scores documents."""

    vocabulary: dict[str, int]
    idf: np.ndarray
    by_feature: sparse.csr_matrix  # features x documents, rows l2-normalised per document

    @classmethod
    def fit(cls, documents: list, analyzer: str | Callable, ngram_range=(1, 1)) -> "TfidfModel":
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram_range, sublinear_tf=True, norm="l2",
                                     lowercase=True)
        matrix = vectorizer.fit_transform(documents)
        return cls(dict(vectorizer.vocabulary_), vectorizer.idf_.astype(np.float64), matrix.T.tocsr())

    def vector(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and l2-normalised weights of one query."""
        counts = Counter(f for f in features if f in self.vocabulary)
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter((self.vocabulary[f] for f in counts), dtype=np.int64, count=len(counts))
        tf = np.fromiter((1.0 + math.log(c) for c in counts.values()), dtype=np.float64, count=len(counts))
        weights = tf * self.idf[cols]
        return cols, weights / np.linalg.norm(weights)

    def scores(self, features: list[str]) -> np.ndarray:
        """Cosine similarity of the query to every document.

        Walks the postings of the query's features only (an inverted index),
        with a handful of numpy calls instead of a sparse matrix product.
        """
        cols, weights = self.vector(features)
        n_docs = self.by_feature.shape[1]
        if not len(cols):
            return np.zeros(n_docs)
        indptr, indices, data = self.by_feature.indptr, self.by_feature.indices, self.by_feature.data
        starts, lengths = indptr[cols], indptr[cols + 1] - indptr[cols]
        total = int(lengths.sum())
        if not total:
            return np.zeros(n_docs)
        shift = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        postings = shift + np.arange(total)
        return np.bincount(indices[postings], weights=data[postings] * np.repeat(weights, lengths), minlength=n_docs)
