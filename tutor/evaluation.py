"""Run an evaluation set through the engine and report how the tutor did.

Each item is answered by Tutor.respond in a fresh conversation (after its
`after` questions), so the figures are exactly what a student would get.
"""

from __future__ import annotations

import time
from dataclasses import dataclass
from pathlib import Path

from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState
from tutor.storage.yamlsafe import DataFileError, expect_type, line_of, read_yaml

KINDS = ("answer", "followup", "glossary", "out_of_scope", "intent", "why")


@dataclass(frozen=True)
class EvalItem:
    line: int
    question: str
    kind: str
    expect: tuple[tuple[str, ...], ...] = ()
    intent: str = ""
    after: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    answer: str = ""            # why items: the student's explanation
    min_points: int = 0
    max_points: int | None = None


@dataclass(frozen=True)
class ItemResult:
    item: EvalItem
    passed: bool
    status: str
    intent: str
    answer: str
    latency_ms: float
    why_failed: str = ""


def _groups(node, path: Path, line: int) -> tuple[tuple[str, ...], ...]:
    groups = []
    for group in expect_type(node, list, path, "'expect'", line):
        alts = [group] if isinstance(group, str) else group
        if not isinstance(alts, list) or not alts or not all(isinstance(a, str) and a.strip() for a in alts):
            raise DataFileError(path, line, "each 'expect' group must be text or a list of texts")
        groups.append(tuple(alts))
    if not groups:
        raise DataFileError(path, line, "'expect' is empty")
    return tuple(groups)


def load_eval_set(path: Path) -> list[EvalItem]:
    """Read and check an evaluation set; problems name the file and line."""
    path = Path(path)
    data = read_yaml(path)
    if not isinstance(data, list) or not data:
        raise DataFileError(path, None, "an evaluation set must be a non-empty YAML list of items")
    items = []
    for node in data:
        node = expect_type(node, dict, path, "an evaluation item", None)
        line = line_of(node, 0) or 0
        after = tuple(expect_type(node.get("after", []), list, path, "'after'", line))
        if not all(isinstance(a, str) for a in after):
            raise DataFileError(path, line, "'after' must be a list of questions")
        tags = tuple(str(t) for t in expect_type(node.get("tags", []), list, path, "'tags'", line))
        if "why" in node:
            why = expect_type(node["why"], str, path, "'why'", line)
            answer = node.get("answer", "")
            answer = "" if answer is None else answer
            expect_type(answer, str, path, "'answer'", line)
            low, high = node.get("min_points", 0), node.get("max_points")
            if "min_points" not in node and "max_points" not in node:
                raise DataFileError(path, line, "a why item needs 'min_points' and/or 'max_points'")
            for name, value in (("min_points", low), ("max_points", high)):
                if value is not None and (not isinstance(value, int) or isinstance(value, bool) or value < 0):
                    raise DataFileError(path, line, f"'{name}' must be a whole number of points")
            items.append(EvalItem(line, why, "why", tags=tags, answer=answer, min_points=low, max_points=high))
            continue
        question = node.get("question")
        if not isinstance(question, str):
            raise DataFileError(path, line, "an item needs 'question' (text) or 'why'")
        if "expect" in node:
            kind = "glossary" if "glossary" in tags else "followup" if after else "answer"
            items.append(EvalItem(line, question, kind, _groups(node["expect"], path, line), after=after, tags=tags))
        elif node.get("out_of_scope") is True:
            items.append(EvalItem(line, question, "out_of_scope", after=after, tags=tags))
        elif "intent" in node:
            intent = expect_type(node["intent"], str, path, "'intent'", line)
            items.append(EvalItem(line, question, "intent", intent=intent, after=after, tags=tags))
        else:
            raise DataFileError(path, line, "an item needs 'expect', 'out_of_scope: true' or 'intent'")
    return items


def judge(item: EvalItem, reply: Reply) -> str:
    """Why the reply fails the item ('' when it passes)."""
    if item.kind == "out_of_scope":
        return "" if reply.status == "out_of_scope" else f"expected out_of_scope, got {reply.status}"
    if item.kind == "intent":
        return "" if reply.intent == item.intent else f"expected intent {item.intent}, got {reply.intent}"
    if reply.status not in ("answered", "intent"):
        return f"expected an answer, got {reply.status}"
    answer = reply.answer.casefold()
    missing = [g for g in item.expect if not any(alt.casefold() in answer for alt in g)]
    return "" if not missing else "missing " + "; ".join(" | ".join(g) for g in missing)


def judge_grade(item: EvalItem, grade) -> str:
    n = len(grade.covered)
    high = item.max_points if item.max_points is not None else len(grade.question.points)
    if item.min_points <= n <= high:
        return ""
    return f"counted {n} points, expected {item.min_points}-{high}"


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
    for earlier in item.after:
        tutor.respond(earlier, state)
    start = time.perf_counter()
    reply = tutor.respond(item.question, state)
    elapsed = (time.perf_counter() - start) * 1000
    failure = judge(item, reply)
    return ItemResult(item, not failure, reply.status, reply.intent, reply.answer, elapsed, failure)


def percentile(values: list[float], pct: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    k = (len(ordered) - 1) * pct / 100
    lo, hi = int(k), min(int(k) + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def summarise(results: list[ItemResult]) -> dict:
    by_kind: dict[str, dict] = {}
    for r in results:
        entry = by_kind.setdefault(r.item.kind, {"n": 0, "passed": 0})
        entry["n"] += 1
        entry["passed"] += r.passed
    for entry in by_kind.values():
        entry["rate"] = round(entry["passed"] / entry["n"], 4)
    in_scope = [r for r in results if r.item.kind in ("answer", "followup", "glossary")]
    oos = [r for r in results if r.item.kind == "out_of_scope"]
    declined = [r for r in results if r.status == "out_of_scope" and r.item.kind != "why"]
    true_declines = [r for r in oos if r.status == "out_of_scope"]
    false_declines = [r for r in in_scope if r.status == "out_of_scope"]
    latencies = [r.latency_ms for r in results]
    answered = sum(r.passed for r in in_scope)
    return {
        "items": len(results),
        "passed": sum(r.passed for r in results),
        "pass_rate": round(sum(r.passed for r in results) / len(results), 4) if results else 0.0,
        "answer_pass_rate": round(answered / len(in_scope), 4) if in_scope else 0.0,
        "by_kind": by_kind,
        "out_of_scope": {
            "precision": round(len(true_declines) / len(declined), 4) if declined else 1.0,
            "recall": round(len(true_declines) / len(oos), 4) if oos else 1.0,
        },
        "false_declines": len(false_declines),
        "false_decline_rate": round(len(false_declines) / len(in_scope), 4) if in_scope else 0.0,
        "latency_ms": {"p50": round(percentile(latencies, 50), 3), "p95": round(percentile(latencies, 95), 3)},
        "failures": [
            {"line": r.item.line, "kind": r.item.kind, "question": r.item.question, "after": list(r.item.after),
             "why": r.why_failed, "status": r.status, "intent": r.intent, "answer": r.answer}
            for r in results if not r.passed
        ],
    }


def evaluate(tutor, items: list[EvalItem]) -> dict:
    return summarise([run_item(tutor, item) for item in items])


def format_report(summary: dict) -> str:
    lines = []
    if summary["failures"]:
        lines.append(f"Failures ({len(summary['failures'])}):")
        for f in summary["failures"]:
            prefix = f"  line {f['line']} [{f['kind']}] "
            ctx = f" (after: {' / '.join(f['after'])})" if f["after"] else ""
            lines.append(f"{prefix}{f['question']!r}{ctx}")
            lines.append(f"      {f['why']}; got {f['status']}/{f['intent']}: {f['answer'][:140]!r}")
        lines.append("")
    lines.append(f"{'kind':<14}{'passed':>8}{'n':>6}{'rate':>9}")
    for kind in KINDS:
        if kind in summary["by_kind"]:
            k = summary["by_kind"][kind]
            lines.append(f"{kind:<14}{k['passed']:>8}{k['n']:>6}{k['rate']:>9.1%}")
    lines.append(f"{'all':<14}{summary['passed']:>8}{summary['items']:>6}{summary['pass_rate']:>9.1%}")
    lines.append("")
    kinds = summary["by_kind"]
    if any(k in kinds for k in ("answer", "followup", "glossary")):
        lines.append(f"answers right (answer + followup + glossary): {summary['answer_pass_rate']:.1%}")
    if "out_of_scope" in kinds or summary["false_declines"]:
        oos = summary["out_of_scope"]
        lines.append(f"out-of-scope precision {oos['precision']:.1%}, recall {oos['recall']:.1%}; "
                     f"false declines {summary['false_declines']} ({summary['false_decline_rate']:.1%})")
    if "why" in kinds:
        lines.append(f"explanations graded within bounds: {kinds['why']['rate']:.1%}")
    lat = summary["latency_ms"]
    lines.append(f"latency per reply: p50 {lat['p50']:.2f} ms, p95 {lat['p95']:.2f} ms")
    return "\n".join(lines)
