"""Ask the tutor each item, in a fresh conversation (after its `after` lines),
and judge the reply: the figures are exactly what a student would get."""

from __future__ import annotations

import time
from dataclasses import dataclass

from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState
from tutor.evaluation.sets import EvalItem, Part


@dataclass(frozen=True)
class ItemResult:
    item: EvalItem
    passed: bool
    status: str
    intent: str
    answer: str
    latency_ms: float
    why_failed: str = ""


def _holds(expect: tuple[tuple[str, ...], ...], text: str) -> str:
    answer = text.casefold()
    missing = [g for g in expect if not any(alt.casefold() in answer for alt in g)]
    return "" if not missing else "missing " + "; ".join(" | ".join(g) for g in missing)


def _part(part: Part, reply: Reply) -> str:
    if part.out_of_scope:
        return "" if reply.status in DECLINES else f"expected out_of_scope, got {reply.status}"
    if reply.status not in ("answered", "intent"):
        return f"expected an answer, got {reply.status}"
    return _holds(part.expect, reply.answer)


DECLINES = ("out_of_scope", "not_understood")  # either way, nothing is answered from the notes


def judge(item: EvalItem, reply: Reply, previous: Reply | None = None) -> str:
    """Why the reply fails the item ('' when it passes)."""
    if item.kind == "out_of_scope":
        return "" if reply.status in DECLINES else f"expected out_of_scope, got {reply.status}"
    if item.kind == "intent":
        return "" if reply.intent == item.intent else f"expected intent {item.intent}, got {reply.intent}"
    if item.kind == "junk":
        if reply.status != "not_understood":
            return f"expected not_understood, got {reply.status}"
        shown = {s.id for s in previous.sources} if previous else set()
        return "repeats the last answer" if shown & {s.id for s in reply.sources} else ""
    if item.kind == "double":
        parts = reply.parts or (reply,)
        if len(parts) < len(item.parts):
            return f"expected {len(item.parts)} answers, got {len(parts)}"
        failed = [f"part {n}: {why}" for n, (part, got) in enumerate(zip(item.parts, parts), 1)
                  if (why := _part(part, got))]
        return "; ".join(failed)
    if reply.status not in ("answered", "intent"):
        return f"expected an answer, got {reply.status}"
    return _holds(item.expect, reply.answer)


def judge_grade(item: EvalItem, grade) -> str:
    n = len(grade.covered)
    high = item.max_points if item.max_points is not None else len(grade.question.points)
    problems = []
    if not item.min_points <= n <= high:
        problems.append(f"counted {n} points, expected {item.min_points}-{high}")
    covered, reversed_ = {p.id for p in grade.covered}, {p.id for p in grade.reversed}
    if missing := [p for p in item.credits if p not in covered]:
        problems.append(f"did not credit {', '.join(missing)}")
    if missing := [p for p in item.reversed if p not in reversed_ or p in covered]:
        problems.append(f"did not catch {', '.join(missing)} reversed")
    if item.misconception is True and not grade.misconceptions:
        problems.append("no misconception caught")
    if item.misconception is False and grade.misconceptions:
        problems.append("a misconception fired: " + grade.misconceptions[0].text)
    if item.not_in_notes is True and not grade.unsupported:
        problems.append("did not say the notes never make the claim")
    if item.not_in_notes is False and grade.unsupported:
        problems.append("said the notes never make a claim: " + grade.unsupported[0])
    return "; ".join(problems)


def run_why(tutor, item: EvalItem) -> ItemResult:
    start = time.perf_counter()
    grade = tutor.grade(item.question, item.answer)
    elapsed = (time.perf_counter() - start) * 1000
    failure = "no why-question in these notes" if grade is None else judge_grade(item, grade)
    covered = "" if grade is None else "covered: " + ", ".join(p.id for p in grade.covered)
    return ItemResult(item, not failure, "graded", "explain", f"{item.answer!r} -> {covered}", elapsed, failure)


def run_item(tutor, item: EvalItem) -> ItemResult:
    if item.kind == "why":
        return run_why(tutor, item)
    state = ConversationState()
    previous = None
    for earlier in item.after:
        previous = tutor.respond(earlier, state)
    start = time.perf_counter()
    reply = tutor.respond(item.question, state)
    elapsed = (time.perf_counter() - start) * 1000
    failure = judge(item, reply, previous)
    return ItemResult(item, not failure, reply.status, reply.intent, reply.answer, elapsed, failure)
