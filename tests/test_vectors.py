"""Our query vectors equal scikit-learn's, so skipping its transform changes nothing."""

from __future__ import annotations

import numpy as np
from sklearn.feature_extraction.text import TfidfVectorizer

from tutor import paths
from tutor.evaluation import load_eval_set
from tutor.index import word_features
from tutor.vectors import TfidfModel, char_wb_ngrams


def _identity(x):
    return x


def _dense(model: TfidfModel, features) -> np.ndarray:
    out = np.zeros(len(model.vocabulary))
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
    char_own = TfidfModel.fit(docs, "char_wb", (3, 5))
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
    by_feature = sparse.csr_matrix((model.data, model.indices, model.indptr), shape=(len(model.vocabulary), model.n_docs))
    reference = by_feature.T.toarray() @ _dense(model, word_features(query.stems))
    assert np.allclose(ours, reference)
