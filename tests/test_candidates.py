"""Judging candidates all at once on packed arrays gives exactly what judging
each note on its own (coverage, persons_clash, lacks_wanted) gives."""

from __future__ import annotations

from dataclasses import replace

import numpy as np
import pytest

from tutor.evaluation import load_eval_set
from tutor.search.matching import (
    Question,
    coverage,
    lacks_wanted,
    persons_clash,
    rank_candidates,
    without_absent_everyday,
)
from tutor.settings import Settings
from tutor.storage import paths


def _reference(stems, persons, scores, weigh, subject_person, wanted, context_stems, words, asked, conditional):
    """One note at a time, as the definitions read, over the same most similar notes."""
    question = Question.of(stems, weigh, context_stems)
    words = tuple(dict.fromkeys(words))
    settings = weigh.settings
    limit = settings.candidates
    top = np.argpartition(-scores, limit)[:limit] if len(scores) > limit else np.arange(len(scores))
    out = []
    for i in top.tolist():
        score = float(scores[i])
        if score <= 0:
            continue
        doc = weigh.index.docs[i]
        cov = coverage(question, doc)
        said = without_absent_everyday(stems, weigh)
        if wanted == "duration" and not lacks_wanted(wanted, doc, asked) and said != tuple(dict.fromkeys(stems)):
            cov = max(cov, coverage(Question.of(said, weigh, context_stems), doc))
        if persons_clash(persons, doc, subject_person):
            cov *= settings.person_clash_factor
        if lacks_wanted(wanted, doc, asked):
            cov *= settings.person_clash_factor
        exact = sum(w in doc.words for w in words) / len(words) if words else 0.0
        floor = settings.coverage_floor
        reason = 1.0 if wanted == "reason" and "cause" in doc.marks else 0.0
        condition = 1.0 if conditional and "condition" in doc.marks else 0.0
        named = 1.0 if wanted == "person" and any(
            p.startswith("name:") and p.removeprefix("name:") not in asked for p in doc.people) else 0.0
        out.append((doc.id, score, cov, score ** settings.score_power * (floor + (1 - floor) * cov)
                    * (1 + settings.exact_bonus * exact) * (1 + settings.reason_bonus * reason)
                    * (1 + settings.condition_bonus * condition) * (1 + settings.name_bonus * named)))
    out.sort(key=lambda c: -c[3])
    return out


QUESTIONS = [i.question for i in load_eval_set(paths.bundled("knowledge") / "eval.yaml")]


@pytest.mark.parametrize("limit", [200, 6])  # every note a candidate; only the six most similar
@pytest.mark.parametrize("wanted", ["", "count", "date", "time", "duration", "person", "reason", "place", "source",
                                    "named", "successor"])
def test_packed_judging_equals_judging_each_note(tutor, wanted, limit):
    corpus = tutor.corpus
    weights = replace(corpus.weights, settings=replace(Settings(), candidates=limit))
    compared = 0
    for question, previous in zip(QUESTIONS, ["", *QUESTIONS]):
        query = corpus.analyzer.analyse(question)
        context = corpus.analyzer.analyse(previous).stems if compared % 3 == 0 else ()
        scores = corpus.index.scores(query.stems, query.char_text)
        words = tuple(query.char_text.split())
        asked = frozenset(query.tokens) | frozenset(query.entities)
        conditional = compared % 2 == 1 or "if" in query.words
        ours = [(c.doc.id, c.score, c.coverage, c.rank) for c in rank_candidates(
            query.stems, query.persons, scores, weights, subject_person=corpus.subject_person, wanted=wanted,
            context_stems=context, words=words, asked=asked, conditional=conditional)]
        assert ours == _reference(query.stems, query.persons, scores, weights, corpus.subject_person, wanted,
                                  context, words, asked, conditional), question
        compared += bool(ours)
    assert compared > 200
