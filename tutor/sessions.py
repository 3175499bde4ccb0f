"""Explain-why sessions inside a conversation: starting one, and routing each
turn to the coach, to a side question, or out of the session."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor import coach
from tutor.analysis import Analysis
from tutor.progress import pick_question
from tutor.reply import Reply
from tutor.state import ConversationState

if TYPE_CHECKING:
    from tutor.engine import Tutor

_QUESTION = re.compile(r"^\s*(what|who|when|where|which|how|did|was|were|is|are|does|do|can|could|why)\b.+", re.I)
SIDE_QUESTION_CONFIDENCE = 0.6


def _topic_of(tutor: "Tutor", query: Analysis) -> str:
    """The topic a request like "test me on China" names, or '' for none."""
    wanted = set(query.stems) - {"test", "quiz", "practis", "explain"}
    best, best_hits = "", 0
    for topic in tutor.kb.topics:
        words = " ".join([topic.title, *(h.text for h in topic.headings),
                          *(q.question for q in tutor.kb.why_questions if q.topic == topic.id)])
        stems = set(tutor.corpus.analyzer.analyse(words, correct=False).stems)
        hits = len(wanted & stems)
        if hits > best_hits:
            best, best_hits = topic.id, hits
    return best


def start_session(tutor: "Tutor", query: Analysis, state: ConversationState) -> Reply:
    questions = list(tutor.kb.why_questions)
    if not questions:
        return Reply("intent", "Your notes have no why-questions to practise yet.", "explain", confidence=1.0)
    topic = _topic_of(tutor, query)
    pool = [q for q in questions if q.topic == topic] or questions
    table = tutor.progress.load() if tutor.progress else {}
    question = pick_question(pool, table)
    state.session = coach.ExplainSession(question)
    _save(tutor, state.session, new_attempt=True)
    return Reply("intent", coach.opening(state.session), "explain", confidence=1.0)


def _save(tutor: "Tutor", session: coach.ExplainSession, new_attempt: bool = False) -> None:
    if tutor.progress is not None:
        tutor.progress.update(session.question.id, len(session.question.points), session.count("student"),
                              new_attempt=new_attempt)


def _is_side_question(tutor: "Tutor", text: str, query: Analysis, state: ConversationState) -> Reply | None:
    """A question about the notes asked mid-session is answered, then the session goes on."""
    if not _QUESTION.match(text) or coach.is_control(text):
        return None
    session = state.session
    state.session = None
    try:
        reply = tutor.respond(text, state)
    finally:
        state.session = session
    if reply.status != "answered" or reply.confidence < SIDE_QUESTION_CONFIDENCE:
        return None
    grade = tutor.grader.grade(session.question, text)
    if grade.covered:
        return None  # it reads as an answer to the why-question after all
    back = f"\n\nBack to the question: {session.question.question}"
    return replace(reply, answer=reply.answer + back, followups=())


def session_turn(tutor: "Tutor", text: str, query: Analysis, state: ConversationState) -> Reply:
    side = _is_side_question(tutor, text, query, state)
    if side is not None:
        return side
    session = state.session
    turn = coach.take_turn(tutor.kb, tutor.grader, session, text)
    _save(tutor, session)
    if turn.finished:
        state.session = None
    sources = tuple(_point_sources(tutor, session)) if turn.finished else ()
    return Reply("intent", turn.text, "explain", sources, confidence=1.0)


def _point_sources(tutor: "Tutor", session: coach.ExplainSession):
    from tutor.composer import note_source

    seen = set()
    for point in session.question.points:
        for frag_id in point.fragments:
            if frag_id not in seen:
                seen.add(frag_id)
                yield note_source(tutor.kb.fragment(frag_id))
