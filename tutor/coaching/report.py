"""How a grade and a student's progress are shown: as text for the terminal and
as one JSON object for scripts (`tutor grade --json`)."""

from __future__ import annotations

from tutor.coaching.coach import source_label
from tutor.coaching.grading import Grade
from tutor.coaching.progress import QuestionProgress, describe
from tutor.notes.model import KnowledgeBase


def feedback(grade: Grade) -> str:
    """What the explanation got right, what it reversed, and a hint at what is missing."""
    lines = [f"Yes: {p.text}." for p in grade.covered]
    lines += [message for _, message in grade.corrections()]
    missing = [v.point for v in grade.verdicts if not v.covered]
    if not grade.covered and not grade.misconceptions and not grade.reversed:
        lines.append("That doesn't make any of the points yet - have another go.")
    if missing:
        lines.append(f"Still to explain ({len(missing)}). Hint: {missing[0].hint}")
    else:
        lines.append("That's a complete answer.")
    return "\n".join(lines)


def grade_dict(kb: KnowledgeBase, grade: Grade) -> dict:
    return {
        "question": grade.question.question,
        "question_id": grade.question.id,
        "points": [{"id": v.point.id, "text": v.point.text, "covered": v.covered, "reversed": v.reversed,
                    "score": v.score, "source": source_label(kb, v.point), "fragments": list(v.point.fragments)}
                   for v in grade.verdicts],
        "covered": len(grade.covered),
        "total": len(grade.verdicts),
        "misconceptions": [{"text": m.text, "correction": m.correction} for m in grade.misconceptions],
        "feedback": feedback(grade),
    }


def format_grade(kb: KnowledgeBase, grade: Grade) -> str:
    lines = [grade.question.question, f"{len(grade.covered)} of {len(grade.verdicts)} points:"]
    for v in grade.verdicts:
        mark = "✓" if v.covered else ("✗ reversed" if v.reversed else "·")
        lines.append(f"  {mark} {v.point.text}  ({source_label(kb, v.point)})")
    lines.append("")
    lines.append(feedback(grade))
    return "\n".join(lines)


def _trend(entry: QuestionProgress) -> str:
    """Session by session, oldest first (the last five)."""
    recent = entry.history[-5:]
    own = " → ".join(f"{h.get('unaided', 0)}/{h.get('points', entry.points)}" for h in recent)
    helped = " → ".join(str(h.get("helped", 0)) for h in recent)
    return f"on your own, session by session: {own}; with help: {helped}"


def _weakest(question, entry: QuestionProgress) -> tuple[str, str, float] | None:
    found = entry.weakest_point()
    if found is None:
        return None
    point_id, share = found
    text = next((p.text for p in question.points if p.id == point_id), point_id)
    return point_id, text, share


def progress_text(kb: KnowledgeBase, table: dict[str, QuestionProgress]) -> str:
    """Per topic: how the points went on your own and with help, over time, and which
    point is weakest."""
    lines = ["Your explanations, by topic:"]
    for topic in kb.topics:
        questions = [q for q in kb.why_questions if q.topic == topic.id]
        if not questions:
            continue
        entries = [table[q.id] for q in questions if q.id in table and table[q.id].attempts]
        own = sum(h.get("unaided", 0) for e in entries for h in e.history)
        helped = sum(h.get("helped", 0) for e in entries for h in e.history)
        total = sum(h.get("points", e.points) for e in entries for h in e.history)
        sessions = sum(len(e.history) for e in entries)
        lines.append(f"{topic.title}" + (f": {own} of {total} points on your own, {helped} with help, "
                                          f"over {sessions} session{'' if sessions == 1 else 's'}" if sessions else ""))
        for q in questions:
            entry = table.get(q.id)
            lines.append(f"  • {q.question} - {describe(entry)}")
            if entry is not None and entry.history:
                lines.append(f"      {_trend(entry)}")
                weakest = _weakest(q, entry)
                if weakest:
                    _, text, share = weakest
                    lines.append(f"      weakest point: {text} (on your own in {share:.0%} of sessions)")
    if len(lines) == 1:
        lines.append("(these notes have no why-questions)")
    return "\n".join(lines)


def progress_dict(kb: KnowledgeBase, table: dict[str, QuestionProgress]) -> dict:
    """The same, as one JSON object for scripts (`tutor progress --json`)."""
    topics = []
    for topic in kb.topics:
        questions = []
        for q in (q for q in kb.why_questions if q.topic == topic.id):
            entry = table.get(q.id)
            weakest = _weakest(q, entry) if entry else None
            questions.append({
                "id": q.id, "question": q.question, "points": len(q.points),
                "attempts": entry.attempts if entry else 0,
                "last_unaided": entry.last_unaided if entry else 0,
                "best_unaided": entry.best_unaided if entry else 0,
                "last_seen": entry.last_seen if entry and entry.attempts else None,
                "sessions": [{"when": h.get("when"), "unaided": h.get("unaided", 0), "helped": h.get("helped", 0),
                              "points": h.get("points", len(q.points)), "verdicts": h.get("verdicts", {})}
                             for h in (entry.history if entry else [])],
                "weakest_point": ({"id": weakest[0], "text": weakest[1], "unaided_share": round(weakest[2], 3)}
                                  if weakest else None),
            })
        if questions:
            topics.append({"id": topic.id, "title": topic.title, "questions": questions})
    return {"topics": topics}
