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

_WHITESPACE = re.compile(r"\s\s+")
COMMON_POSTINGS = 5000   # a query feature held by more notes than this (and than
COMMON_SHARE = 0.05      # this share of them) is left out of scoring large note sets


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
    # Postings, feature by feature (the CSR arrays of the features x documents
    # matrix, each document's column l2-normalised): plain arrays, so a model
    # loaded from the cache needs neither scikit-learn nor scipy.
    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_docs: int

    @classmethod
    def fit(cls, documents: list, analyzer: str | Callable, ngram_range=(1, 1)) -> "TfidfModel":
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram_range, sublinear_tf=True, norm="l2",
                                     lowercase=True)
        by_feature = vectorizer.fit_transform(documents).T.tocsr()
        by_feature.sort_indices()
        # 32-bit postings: half the memory and cache of 64-bit, ample for a million notes
        return cls(dict(vectorizer.vocabulary_), vectorizer.idf_.astype(np.float64),
                   by_feature.indptr.astype(np.int64), by_feature.indices.astype(np.int32),
                   by_feature.data.astype(np.float32), len(documents))

    def to_data(self, prefix: str) -> tuple[dict, dict[str, np.ndarray]]:
        """(JSON-able part, arrays) for the cache; from_data puts them back together."""
        features = [""] * len(self.vocabulary)
        for feature, column in self.vocabulary.items():
            features[column] = feature
        arrays = {f"{prefix}.idf": self.idf, f"{prefix}.indptr": self.indptr,
                  f"{prefix}.indices": self.indices, f"{prefix}.data": self.data}
        return {"features": features, "n_docs": self.n_docs}, arrays

    @classmethod
    def from_data(cls, prefix: str, meta: dict, arrays) -> "TfidfModel":
        vocabulary = {feature: column for column, feature in enumerate(meta["features"])}
        model = cls(vocabulary, arrays[f"{prefix}.idf"], arrays[f"{prefix}.indptr"], arrays[f"{prefix}.indices"],
                    arrays[f"{prefix}.data"], int(meta["n_docs"]))
        if len(model.idf) != len(vocabulary) or len(model.indptr) != len(vocabulary) + 1:
            raise ValueError(f"{prefix}: arrays do not fit the vocabulary")
        if len(model.indices) and (model.indices.max() >= model.n_docs or model.indices.min() < 0):
            raise ValueError(f"{prefix}: postings point outside the documents")
        return model

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
        n_docs = self.n_docs
        if not len(cols):
            return np.zeros(n_docs)
        indptr, indices, data = self.indptr, self.indices, self.data
        starts, lengths = indptr[cols], indptr[cols + 1] - indptr[cols]
        common = lengths > max(COMMON_POSTINGS, COMMON_SHARE * n_docs)
        if common.any() and not common.all():
            # features in most notes ("the", " th") cost the most and tell the least
            starts, lengths, weights = starts[~common], lengths[~common], weights[~common]
        total = int(lengths.sum())
        if not total:
            return np.zeros(n_docs)
        shift = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
        postings = shift + np.arange(total)
        return np.bincount(indices[postings], weights=data[postings] * np.repeat(weights, lengths),
                           minlength=n_docs).astype(np.float64)
