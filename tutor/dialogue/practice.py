"""Explain-why sessions inside a conversation: starting one, and routing each
turn to the coach, to a side question, or out of the session.

A question asked mid-session is answered by the ordinary path (handed in as
`ask`, so this module needs nothing above it), then the session goes on.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from tutor.coaching import coach
from tutor.coaching.grading import closest_question
from tutor.coaching.progress import pick_question
from tutor.dialogue import wording
from tutor.dialogue.reply import Reply
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.dialogue.turn import Turn
from tutor.notes.model import Topic, WhyQuestion

PRACTICE_WORDS = frozenset({"test", "quiz", "practis", "explain"})
Ask = Callable[[Turn, ConversationState], Reply]


def topic_named(res: Resources, text: str) -> Topic | None:
    """The topic a request like "test me on China" names; None when it names none."""
    analyse = res.corpus.analyzer.analyse
    wanted = set(analyse(text).stems) - PRACTICE_WORDS
    best, best_hits = None, 0
    for topic in res.kb.topics:
        words = " ".join([topic.title, *(h.text for h in topic.headings),
                          *(q.question for q in res.kb.why_questions if q.topic == topic.id)])
        hits = len(wanted & set(analyse(words, correct=False).stems))
        if hits > best_hits:
            best, best_hits = topic, hits
    return best


def _asked_topic(words: tuple[str, ...]) -> tuple[str, ...]:
    """The words a practice request names ("test me on the treaty" -> "the treaty")."""
    for n, word in enumerate(words):
        if word in ("on", "about", "in", "with") and n + 1 < len(words):
            return words[n + 1:]
    return ()


def start_session(res: Resources, turn: Turn, state: ConversationState) -> Reply:
    questions = list(res.kb.why_questions)
    if not questions:
        return Reply("intent", "Your notes have no why-questions to practise yet.", "explain", confidence=1.0)
    asked = _asked_topic(turn.words)
    topic = topic_named(res, " ".join(asked or turn.words))
    if asked and topic is None and set(res.corpus.analyzer.analyse_words(asked).stems) - PRACTICE_WORDS:
        titles = "; ".join(t.title for t in res.kb.topics)
        return Reply("intent", f"Your notes have no topic '{' '.join(asked)}'. Their topics are: {titles}.",
                     "explain", confidence=1.0, options=tuple(t.title for t in res.kb.topics))
    pool = [q for q in questions if topic is not None and q.topic == topic.id] or questions
    table = res.progress.load() if res.progress else {}
    question = _named_question(res, pool, asked, topic) or pick_question(pool, table)
    assert question is not None  # the pool is never empty
    state.session = coach.ExplainSession(question)
    return Reply("intent", coach.opening(state.session), "explain", confidence=1.0)


def _named_question(res: Resources, pool: list[WhyQuestion], asked: tuple[str, ...],
                    topic: Topic | None) -> WhyQuestion | None:
    """The why-question the student named ("quiz me on how Stalin tightened control of the
    Comintern"), when they said more than the topic's name; else None (the least mastered
    question of the topic is put, so "test me on the Comintern" goes round them all)."""
    if not asked:
        return None
    said = set(res.corpus.analyzer.analyse_words(asked).stems) - PRACTICE_WORDS
    if topic is not None:
        said -= set(res.corpus.analyzer.analyse(topic.title, correct=False).stems)
    return closest_question(tuple(pool), " ".join(asked)) if said else None


def _save(res: Resources, session: coach.ExplainSession) -> None:
    """Record the session once the student has taken part in it: a question put
    and left unanswered (Ctrl-D at once, 'stop') is no attempt."""
    if res.progress is not None and session.engaged:
        res.progress.update(session.question.id, len(session.question.points), session.count("student"),
                            new_attempt=not session.recorded, helped=session.count("helped"),
                            verdicts={p.id: coach.verdict_of(session, p) for p in session.question.points})
        session.recorded = True


def _side_question(res: Resources, turn: Turn, state: ConversationState, ask: Ask) -> Reply | None:
    """A question about the notes asked mid-session is answered, then the session goes on."""
    if not turn.is_question or turn.control:
        return None
    session = state.session
    assert session is not None
    state.session = None
    try:
        reply = ask(turn, state)
    finally:
        state.session = session
    if reply.status != "answered" or reply.confidence < res.settings.side_question_confidence:
        return None
    if res.grader.grade(session.question, turn.text).covered:
        return None  # it reads as an answer to the why-question after all
    back = f"\n\nBack to the question: {session.question.question}"
    return replace(reply, answer=reply.answer + back, followups=())


def session_turn(res: Resources, turn: Turn, state: ConversationState, ask: Ask) -> Reply:
    side = _side_question(res, turn, state, ask)
    if side is not None:
        return side
    session = state.session
    assert session is not None
    step = coach.take_turn(res.kb, res.grader, session, turn.text, words=turn.words, control=turn.control)
    _save(res, session)
    if step.finished:
        state.session = None
    sources = tuple(_point_sources(res, session)) if step.finished else ()
    return Reply("intent", step.text, "explain", sources, confidence=1.0)


def _point_sources(res: Resources, session: coach.ExplainSession):
    seen = set()
    for point in session.question.points:
        for frag_id in point.fragments:
            if frag_id not in seen:
                seen.add(frag_id)
                yield wording.note_source(res.fragment(frag_id))

