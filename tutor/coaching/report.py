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


def progress_text(kb: KnowledgeBase, table: dict[str, QuestionProgress]) -> str:
    lines = ["Your explanations, by topic:"]
    for topic in kb.topics:
        questions = [q for q in kb.why_questions if q.topic == topic.id]
        if not questions:
            continue
        lines.append(f"{topic.title}")
        for q in questions:
            lines.append(f"  • {q.question} - {describe(table.get(q.id))}")
    if len(lines) == 1:
        lines.append("(these notes have no why-questions)")
    return "\n".join(lines)
