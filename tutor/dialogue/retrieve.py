"""Retrieve: the notes most like the question, judged by how much of it they hold.

A follow-up may blend in the last question's scores and stay in the last
answer's topic; both weights come from the settings.
"""

from __future__ import annotations

import numpy as np

from tutor.dialogue.resources import Resources
from tutor.search.analysis import Analysis
from tutor.search.matching import Candidate, rank_candidates


def similarity(res: Resources, stems: tuple[str, ...], char_text: str) -> np.ndarray:
    return res.corpus.index.scores(stems, char_text, res.settings.word_share)


def rank(res: Resources, query: Analysis, wanted: str = "", *, previous: np.ndarray | None = None,
         topic: str = "", context_stems: tuple[str, ...] = ()) -> list[Candidate]:
    """Candidates for `query`, best first. `previous` (the last question's scores)
    is blended in, and notes of `topic` boosted, when the turn leans on the last."""
    settings = res.settings
    scores = similarity(res, query.stems, query.char_text)
    if previous is not None:
        scores = scores + settings.context_weight * previous
    if topic:
        scores = scores * np.where(res.corpus.index.in_topic(topic), settings.topic_boost, 1.0)
    corpus = res.corpus
    return rank_candidates(query.stems, query.persons, scores, corpus.weights, subject_person=corpus.subject_person,
                           wanted=wanted, context_stems=context_stems, words=tuple(query.char_text.split()),
                           asked=frozenset(query.tokens) | frozenset(query.entities))
