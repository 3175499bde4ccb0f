"""The figures of an evaluation run, and the report `tutor eval` prints: pass
rates by kind (and by tag, when items carry tags), answers right, out-of-scope
precision and recall, false declines, latency."""

from __future__ import annotations

from tutor.evaluation.runner import DECLINES, ItemResult, run_item
from tutor.evaluation.sets import KINDS, EvalItem


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
    by_tag: dict[str, dict] = {}
    for r in results:
        for tag in r.item.tags:
            entry = by_tag.setdefault(tag, {"n": 0, "passed": 0})
            entry["n"] += 1
            entry["passed"] += r.passed
    for entry in [*by_kind.values(), *by_tag.values()]:
        entry["rate"] = round(entry["passed"] / entry["n"], 4)
    in_scope = [r for r in results if r.item.kind in ("answer", "followup", "glossary", "double")]
    oos = [r for r in results if r.item.kind == "out_of_scope"]
    declined = [r for r in results if r.status in DECLINES and r.item.kind != "why"]
    true_declines = [r for r in oos if r.status in DECLINES]
    false_declines = [r for r in in_scope if r.status in DECLINES]
    latencies = [r.latency_ms for r in results]
    answered = sum(r.passed for r in in_scope)
    return {
        "items": len(results),
        "passed": sum(r.passed for r in results),
        "pass_rate": round(sum(r.passed for r in results) / len(results), 4) if results else 0.0,
        "answer_pass_rate": round(answered / len(in_scope), 4) if in_scope else 0.0,
        "by_kind": by_kind,
        "by_tag": by_tag,
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
    tags = summary.get("by_tag", {})
    if tags:
        lines.append("by tag: " + ", ".join(f"{t} {k['passed']}/{k['n']}" for t, k in sorted(tags.items())))
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
