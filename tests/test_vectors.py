"""Our query vectors equal scikit-learn's, so skipping its transform changes nothing."""

from __future__ import annotations

import numpy as np
import pytest
from sklearn.feature_extraction.text import TfidfVectorizer

from tutor.evaluation import load_eval_set
from tutor.search import vectors
from tutor.search.index import word_features
from tutor.search.vectors import TfidfModel, char_wb_ngrams
from tutor.storage import paths


def _identity(x):
    return x


def _dense(model: TfidfModel, features) -> np.ndarray:
    out = np.zeros(len(model.features))
    cols, weights = model.vector(features)
    out[cols] = weights
    return out


def test_char_ngrams_match_sklearn_analyzer():
    analyzer = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5)).build_analyzer()
    for text in ["treaty of berlin", "a  gmd", "x", "stalin's   propaganda", ""]:
        assert char_wb_ngrams(text, 3, 5) == analyzer(text)


def test_query_vectors_equal_sklearn_on_the_whole_eval_set(tutor):
    index = tutor.corpus.index
    docs = [" ".join(sorted(d.stems)) for d in index.docs]
    word_ref = TfidfVectorizer(analyzer=_identity, sublinear_tf=True).fit([word_features(d.split()) for d in docs])
    word_own = TfidfModel.fit([word_features(d.split()) for d in docs], _identity)
    char_ref = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True).fit(docs)
    char_own = TfidfModel.fit_char_wb(docs, 3, 5)
    items = load_eval_set(paths.bundled("knowledge") / "eval.yaml")
    assert len(items) >= 100
    for item in items:
        query = tutor.corpus.analyzer.analyse(item.question)
        feats = word_features(query.stems)
        assert np.allclose(_dense(word_own, feats), word_ref.transform([feats]).toarray()[0]), item.question
        grams = char_wb_ngrams(query.char_text, 3, 5)
        assert np.allclose(_dense(char_own, grams), char_ref.transform([query.char_text]).toarray()[0]), item.question


def test_scores_equal_sklearn_cosine(tutor):
    index = tutor.corpus.index
    query = tutor.corpus.analyzer.analyse("why did stalin back the gmd")
    ours = index.word.scores(word_features(query.stems))
    assert ours.shape == (len(index.docs),) and ours.max() > 0.2
    from scipy import sparse

    model = index.word
    by_feature = sparse.csr_matrix((model.data, model.indices, model.indptr), shape=(len(model.features), model.n_docs))
    reference = by_feature.T.toarray() @ _dense(model, word_features(query.stems))
    assert np.allclose(ours, reference)


@pytest.mark.parametrize("chunk", [1 << 22, 7])  # weighed at once, and across many chunk edges
def test_char_model_counted_by_word_equals_the_vectorizer(tutor, monkeypatch, chunk):
    """The word-by-word count gives scikit-learn's char_wb model exactly: same
    features, idf and (l2-normalised) postings, tricky spacing and case included."""
    monkeypatch.setattr(vectors, "CHUNK", chunk)
    texts = [f"{f.text} {' '.join(f.trail)}" for f in tutor.kb.fragments]
    texts += ["Treaty  of\tBERLIN", "a", "", "Ünïcode  café\u00a0naïve", "x y x y x"]
    ours = TfidfModel.fit_char_wb(texts, 3, 5)
    reference = TfidfVectorizer(analyzer="char_wb", ngram_range=(3, 5), sublinear_tf=True)
    matrix = reference.fit_transform(texts).T.tocsr()
    matrix.sort_indices()
    assert dict(zip(ours.features, range(len(ours.features)))) == reference.vocabulary_
    assert np.allclose(ours.idf, reference.idf_)
    assert np.array_equal(ours.indptr, matrix.indptr) and np.array_equal(ours.indices, matrix.indices)
    assert np.allclose(ours.data, matrix.data, atol=1e-6)
