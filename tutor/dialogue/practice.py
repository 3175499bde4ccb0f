"""Explain-why sessions inside a conversation: starting one, and routing each
turn to the coach, to a side question, or out of the session."""

from __future__ import annotations

import re
from dataclasses import replace
from typing import TYPE_CHECKING

from tutor.coaching import coach
from tutor.search.analysis import Analysis
from tutor.coaching.progress import pick_question
from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState

if TYPE_CHECKING:
    from tutor.engine import Tutor

_QUESTION = re.compile(r"^\s*(what|who|when|where|which|how|did|was|were|is|are|does|do|can|could|why)\b.+", re.I)
SIDE_QUESTION_CONFIDENCE = 0.6


PRACTICE_WORDS = frozenset({"test", "quiz", "practis", "explain"})


def topic_named(tutor: "Tutor", text: str):
    """The topic a request like "test me on China" names; None when it names none."""
    wanted = set(tutor.corpus.analyzer.analyse(text).stems) - PRACTICE_WORDS
    best, best_hits = None, 0
    for topic in tutor.kb.topics:
        words = " ".join([topic.title, *(h.text for h in topic.headings),
                          *(q.question for q in tutor.kb.why_questions if q.topic == topic.id)])
        stems = set(tutor.corpus.analyzer.analyse(words, correct=False).stems)
        hits = len(wanted & stems)
        if hits > best_hits:
            best, best_hits = topic, hits
    return best


def _asked_topic(text: str) -> str:
    """The words a practice request names ("test me on the treaty" -> "the treaty")."""
    match = re.search(r"\b(?:on|about|in|with)\s+(.+?)\W*$", text, re.I)
    return match.group(1) if match else ""


def start_session(tutor: "Tutor", query: Analysis, state: ConversationState) -> Reply:
    questions = list(tutor.kb.why_questions)
    if not questions:
        return Reply("intent", "Your notes have no why-questions to practise yet.", "explain", confidence=1.0)
    asked = _asked_topic(query.text)
    topic = topic_named(tutor, asked or query.text)
    if asked and topic is None and set(tutor.corpus.analyzer.analyse(asked).stems) - PRACTICE_WORDS:
        titles = "; ".join(t.title for t in tutor.kb.topics)
        return Reply("intent", f"Your notes have no topic '{asked}'. Their topics are: {titles}.", "explain",
                     confidence=1.0, options=tuple(t.title for t in tutor.kb.topics))
    pool = [q for q in questions if topic is not None and q.topic == topic.id] or questions
    table = tutor.progress.load() if tutor.progress else {}
    question = pick_question(pool, table)
    state.session = coach.ExplainSession(question)
    return Reply("intent", coach.opening(state.session), "explain", confidence=1.0)


def _save(tutor: "Tutor", session: coach.ExplainSession) -> None:
    """Record the session once the student has taken part in it: a question put
    and left unanswered (Ctrl-D at once, 'stop') is no attempt."""
    if tutor.progress is not None and session.engaged:
        tutor.progress.update(session.question.id, len(session.question.points), session.count("student"),
                              new_attempt=not session.recorded)
        session.recorded = True


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
    from tutor.dialogue.compose import note_source

    seen = set()
    for point in session.question.points:
        for frag_id in point.fragments:
            if frag_id not in seen:
                seen.add(frag_id)
                yield note_source(tutor.kb.fragment(frag_id))
