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
from bisect import bisect_left
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

import numpy as np

from tutor.storage.arrayfile import check_ids, check_runs, expect

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


def _columns_of(vocabulary: dict[str, int]) -> list[str]:
    """The features in column order, which scikit-learn makes alphabetical: so a
    feature's column is found by bisection, and loading needs no dictionary."""
    features = [""] * len(vocabulary)
    for feature, column in vocabulary.items():
        features[column] = feature
    if any(a >= b for a, b in zip(features, features[1:])):
        raise ValueError("vectorizer columns are not in sorted order")
    # Copied into fresh strings: the vectorizer made them among millions of short-lived
    # objects, and while they live there the memory those took is never given back.
    joined = "\n".join(features)
    copied = joined.split("\n") if features else []
    return copied if len(copied) == len(features) else features


def run_positions(starts: np.ndarray, lengths: np.ndarray) -> np.ndarray:
    """Every position of the runs starts[i] .. starts[i] + lengths[i], in order: many
    slices of one array gathered with a few numpy calls instead of a loop."""
    shift = np.repeat(starts - np.concatenate(([0], np.cumsum(lengths)[:-1])), lengths)
    return shift + np.arange(int(lengths.sum()))


CHUNK = 1 << 20  # postings weighed at a time: bounds the temporary arrays


def _weigh_in_place(indptr: np.ndarray, indices: np.ndarray, data: np.ndarray, idf: np.ndarray, n_docs: int) -> None:
    """Counts to TfidfTransformer(sublinear_tf=True, norm="l2") weights, in the
    features x documents layout: tf = 1 + log(count), times the feature's idf,
    each document's vector scaled to unit length. Done in place and in chunks,
    where the transformer would want a transposed copy of every posting."""
    for start in range(0, len(data), CHUNK):
        part = slice(start, min(start + CHUNK, len(data)))
        np.log(data[part], out=data[part])
        data[part] += 1.0
        # the feature of each posting in the chunk: the row its position falls in
        rows = np.searchsorted(indptr, np.arange(part.start, part.stop), side="right") - 1
        data[part] *= idf[rows]
    squares = np.zeros(n_docs)
    for start in range(0, len(data), CHUNK):
        part = slice(start, min(start + CHUNK, len(data)))
        squares += np.bincount(indices[part], weights=np.square(data[part]), minlength=n_docs)
    norms = np.sqrt(squares)
    norms[norms == 0] = 1.0
    for start in range(0, len(data), CHUNK):
        part = slice(start, min(start + CHUNK, len(data)))
        data[part] /= norms[indices[part]]


@dataclass(frozen=True)
class TfidfModel:
    """A fitted TF-IDF space: turns analysed features into query vectors and scores documents."""

    features: list[str]  # column order = sorted order (a million entries on large notes)
    idf: np.ndarray
    # Postings, feature by feature (the CSR arrays of the features x documents
    # matrix, each document's column l2-normalised): plain arrays, so a model
    # loaded from the cache needs neither scikit-learn nor scipy.
    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray
    n_docs: int

    @classmethod
    def empty(cls, n_docs: int) -> TfidfModel:
        """The model of notes that hold no feature at all (every word a stop word):
        it scores every question 0, rather than failing to fit."""
        return cls([], np.zeros(0), np.zeros(1, dtype=np.int64), np.zeros(0, dtype=np.int32),
                   np.zeros(0, dtype=np.float32), n_docs)

    @classmethod
    def fit(cls, documents, analyzer: str | Callable, ngram_range=(1, 1), n_docs: int = 0) -> TfidfModel:
        """Fit on `documents` (an iterable: a generator keeps large notes out of memory);
        `n_docs` says how many there are, for notes whose every word is a stop word."""
        from sklearn.feature_extraction.text import TfidfVectorizer

        vectorizer = TfidfVectorizer(analyzer=analyzer, ngram_range=ngram_range, sublinear_tf=True, norm="l2",
                                     lowercase=True, dtype=np.float32)
        try:
            matrix = vectorizer.fit_transform(documents)
        except ValueError as exc:
            if "empty vocabulary" not in str(exc):
                raise
            return cls.empty(n_docs)
        by_feature = matrix.tocsc()  # columns of notes x features
        del matrix
        by_feature.sort_indices()
        # 32-bit postings: half the memory and cache of 64-bit, ample for a million notes
        return cls(_columns_of(vectorizer.vocabulary_), vectorizer.idf_.astype(np.float64),
                   by_feature.indptr.astype(np.int64), by_feature.indices.astype(np.int32, copy=False),
                   by_feature.data.astype(np.float32, copy=False), by_feature.shape[0])

    @classmethod
    def fit_char_wb(cls, texts: list[str], low: int, high: int) -> TfidfModel:
        """The model TfidfVectorizer(analyzer="char_wb") would fit, counted word by word.

        A 'char_wb' n-gram never crosses a space, so a text's n-gram counts are
        its word counts times each distinct word's n-gram counts: one sparse
        product, taken straight into the n-grams x notes layout the postings
        need. Cutting every note into n-grams one by one (what the vectorizer
        does), then transposing, costs several times the time and memory on
        large notes. tests/test_vectors.py proves the model equals the
        vectorizer's.
        """
        from sklearn.feature_extraction.text import CountVectorizer, TfidfTransformer

        if not any(text.split() for text in texts):
            return cls.empty(len(texts))
        words = CountVectorizer(analyzer=str.split, dtype=np.float32)
        by_word = words.fit_transform(text.lower() for text in texts)  # notes x words
        grams = CountVectorizer(analyzer="char_wb", ngram_range=(low, high), lowercase=False, dtype=np.float32)
        of_word = grams.fit_transform(words.get_feature_names_out().tolist())  # words x n-grams
        by_feature = of_word.T.tocsr() @ by_word.T.tocsr()  # n-grams x notes: counts
        del by_word, of_word
        by_feature.sort_indices()
        idf = TfidfTransformer(sublinear_tf=True).fit(by_feature.T).idf_  # .T: notes x n-grams, no copy
        _weigh_in_place(by_feature.indptr, by_feature.indices, by_feature.data, idf.astype(np.float32),
                        by_feature.shape[1])
        return cls(_columns_of(grams.vocabulary_), idf.astype(np.float64),
                   by_feature.indptr.astype(np.int64), by_feature.indices.astype(np.int32, copy=False),
                   by_feature.data.astype(np.float32, copy=False), len(texts))

    def to_data(self, prefix: str) -> tuple[dict, dict[str, np.ndarray]]:
        """(JSON-able part, arrays) for the cache; from_data puts them back together."""
        arrays = {f"{prefix}.idf": self.idf, f"{prefix}.indptr": self.indptr,
                  f"{prefix}.indices": self.indices, f"{prefix}.data": self.data}
        return {"features": self.features, "n_docs": self.n_docs}, arrays

    @classmethod
    def from_data(cls, prefix: str, meta: dict, arrays) -> TfidfModel:
        model = cls(meta["features"], expect(arrays, f"{prefix}.idf", "f"), expect(arrays, f"{prefix}.indptr", "i"),
                    expect(arrays, f"{prefix}.indices", "i"), expect(arrays, f"{prefix}.data", "f"),
                    int(meta["n_docs"]))
        n = len(model.features)
        try:  # bisection needs strings in sorted order; anything else would fail at a question
            if not all(type(f) is str for f in model.features) or model.features != sorted(model.features):
                raise ValueError(f"{prefix}: features are not sorted text")
        except TypeError:
            raise ValueError(f"{prefix}: features are not text") from None
        if len(model.idf) != n or len(model.data) != len(model.indices):
            raise ValueError(f"{prefix}: arrays do not fit the vocabulary")
        check_runs(model.indptr, n, len(model.indices), f"{prefix} postings")
        check_ids(model.indices, model.n_docs, f"{prefix} postings")
        return model

    def column(self, feature: str) -> int | None:
        """The feature's column, or None when no document has it."""
        i = bisect_left(self.features, feature)
        return i if i < len(self.features) and self.features[i] == feature else None

    def vector(self, features: list[str]) -> tuple[np.ndarray, np.ndarray]:
        """Column indices and l2-normalised weights of one query."""
        counts = {}
        for feature, count in Counter(features).items():
            column = self.column(feature)
            if column is not None:
                counts[column] = count
        if not counts:
            return np.zeros(0, dtype=np.int64), np.zeros(0)
        cols = np.fromiter(counts, dtype=np.int64, count=len(counts))
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
        postings = run_positions(starts, lengths)
        return np.bincount(indices[postings], weights=data[postings] * np.repeat(weights, lengths),
                           minlength=n_docs).astype(np.float64)
