"""Judging candidates all at once on packed arrays gives exactly what judging
each note on its own (coverage, persons_clash, lacks_wanted) gives."""

from __future__ import annotations

import numpy as np
import pytest

from tutor.storage import paths
from tutor.search import matching
from tutor.evaluation import load_eval_set
from tutor.search.matching import (EXACT_BONUS, PERSON_CLASH_FACTOR, Question, coverage, lacks_wanted, persons_clash,
                            rank_candidates)


def _reference(stems, persons, scores, weigh, subject_person, wanted, context_stems, words):
    """One note at a time, as the definitions read, over the same most similar notes."""
    question = Question.of(stems, weigh, context_stems)
    words = tuple(dict.fromkeys(words))
    limit = matching.CANDIDATES
    top = np.argpartition(-scores, limit)[:limit] if len(scores) > limit else np.arange(len(scores))
    out = []
    for i in top.tolist():
        score = float(scores[i])
        if score <= 0:
            continue
        doc = weigh.index.docs[i]
        cov = coverage(question, doc)
        if persons_clash(persons, doc, subject_person):
            cov *= PERSON_CLASH_FACTOR
        if lacks_wanted(wanted, doc):
            cov *= PERSON_CLASH_FACTOR
        exact = sum(w in doc.words for w in words) / len(words) if words else 0.0
        out.append((doc.id, score, cov, score * (0.3 + 0.7 * cov) * (1 + EXACT_BONUS * exact)))
    out.sort(key=lambda c: -c[3])
    return out


QUESTIONS = [i.question for i in load_eval_set(paths.bundled("knowledge") / "eval.yaml")]


@pytest.mark.parametrize("limit", [200, 6])  # every note a candidate; only the six most similar
@pytest.mark.parametrize("wanted", ["", "count", "year"])
def test_packed_judging_equals_judging_each_note(tutor, wanted, limit, monkeypatch):
    monkeypatch.setattr(matching, "CANDIDATES", limit)
    corpus = tutor.corpus
    compared = 0
    for question, previous in zip(QUESTIONS, ["", *QUESTIONS]):
        query = corpus.analyzer.analyse(question)
        context = corpus.analyzer.analyse(previous).stems if compared % 3 == 0 else ()
        scores = corpus.index.scores(query.stems, query.char_text)
        args = (query.stems, query.persons, scores, corpus.weights, corpus.subject_person, wanted, context,
                tuple(query.char_text.split()))
        ours = [(c.doc.id, c.score, c.coverage, c.rank) for c in rank_candidates(*args)]
        assert ours == _reference(*args), question
        compared += bool(ours)
    assert compared > 200
