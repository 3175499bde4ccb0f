"""The bundled evaluation set, `tutor eval` and its file format."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from tutor.evaluation import evaluate, load_eval_set
from tutor.storage import paths
from tutor.storage.yamlsafe import DataFileError

BUNDLED = paths.bundled("knowledge") / "eval.yaml"

# Floors set from measured figures (see README), a little under them so noise in
# wording does not flap, never loosened to go green.
MIN_ANSWER_RATE = 0.95          # measured 95.7%
MIN_OOS_RECALL = 0.875          # measured 90.0%
MIN_WHY_RATE = 0.9              # measured 97.9%; every reversed and empty/irrelevant one must pass
MAX_FALSE_DECLINE_RATE = 0.03   # measured 0.6%
# Sets written apart from the engine by helpers who saw only the notes:
# (file, answers right, out-of-scope recall) floors, measured 96.9%/90.0% and 89.5%/95.5%.
HELDOUT = [("heldout.yaml", 0.94, 0.85), ("heldout2.yaml", 0.87, 0.9)]


@pytest.fixture(scope="module")
def summary(tutor):
    return evaluate(tutor, load_eval_set(BUNDLED))


def test_bundled_set_is_big_and_varied():
    items = load_eval_set(BUNDLED)
    kinds = {i.kind for i in items}
    assert len(items) >= 100
    assert {"answer", "followup", "glossary", "out_of_scope", "intent"} <= kinds
    assert sum(i.kind == "out_of_scope" for i in items) >= 20
    assert sum(1 for i in items if i.after) >= 15


def test_every_fragment_is_asked_about(tutor):
    items = [i for i in load_eval_set(BUNDLED) if i.expect]
    for frag in tutor.kb.fragments:
        text = frag.text.casefold()
        asked = any(all(any(alt.casefold() in text for alt in group) for group in item.expect) for item in items)
        assert asked, f"no eval item is answered by {frag.id}"


def test_bundled_set_pass_rates(summary):
    assert summary["answer_pass_rate"] >= MIN_ANSWER_RATE, summary["failures"]
    assert summary["out_of_scope"]["recall"] >= MIN_OOS_RECALL
    assert summary["false_decline_rate"] <= MAX_FALSE_DECLINE_RATE
    assert summary["by_kind"]["intent"]["rate"] == 1.0


def test_graded_explanations(tutor):
    items = [i for i in load_eval_set(BUNDLED) if i.kind == "why"]
    assert len(items) >= 30
    assert {q.question for q in tutor.kb.why_questions} <= {i.question for i in items}
    from tutor.evaluation import run_item

    results = [run_item(tutor, i) for i in items]
    assert sum(r.passed for r in results) / len(results) >= MIN_WHY_RATE
    strict = [r for r in results if {"reversed", "empty", "irrelevant"} & set(r.item.tags)]
    assert len(strict) >= 12 and all(r.passed for r in strict), [r.item.answer for r in strict if not r.passed]
    heldout = [run_item(tutor, i) for i in load_eval_set(Path(__file__).parent / "data" / "heldout_why.yaml")]
    assert sum(r.passed for r in heldout) / len(heldout) >= MIN_WHY_RATE


@pytest.mark.parametrize("name,answers,recall", HELDOUT)
def test_sets_written_apart_from_the_engine(tutor, name, answers, recall):
    summary = evaluate(tutor, load_eval_set(Path(__file__).parent / "data" / name))
    assert summary["answer_pass_rate"] >= answers
    assert summary["out_of_scope"]["recall"] >= recall
    assert summary["false_decline_rate"] <= MAX_FALSE_DECLINE_RATE


def test_json_report_shape(run_cli):
    result = run_cli("eval", "--json")
    assert result.returncode == 0, result.stderr
    report = json.loads(result.stdout)
    for key in ("items", "passed", "by_kind", "false_declines", "latency_ms", "failures"):
        assert key in report
    assert set(report["latency_ms"]) == {"p50", "p95"}
    assert all({"n", "passed"} <= set(v) for v in report["by_kind"].values())


def test_min_pass_sets_the_exit_code(run_cli):
    assert run_cli("eval", "--min-pass", "0.5").returncode == 0
    below = run_cli("eval", "--min-pass", "1.0")
    assert below.returncode == 1 and "below --min-pass" in below.stdout


def test_text_report_lists_failures_and_rates(run_cli, tmp_path):
    set_file = tmp_path / "mini.yaml"
    set_file.write_text(
        "- question: what did article 2 say\n  expect: [neutral]\n"
        "- question: what did article 2 say\n  expect: [banana]\n"
        "- question: who was hitler\n  out_of_scope: true\n"
        "- question: hello\n  intent: greet\n"
        "- after: [why did stalin back the gmd]\n  question: why?\n  expect: [[strong enough, protecting]]\n"
        "- why: Why did Stalin back the GMD?\n  answer: the CCP was weak\n  min_points: 1\n"
        "- why: Why did Stalin back the GMD?\n  answer: the CCP was strong\n  max_points: 0\n")
    result = run_cli("eval", "--set", str(set_file))
    assert result.returncode == 0
    out = result.stdout
    assert "missing banana" in out and "explanations graded within bounds" in out
    assert "out-of-scope precision" in out and "false declines" in out and "p95" in out
    assert re.search(r"^all\s+6\s+7\s+85.7%$", out, re.M)


@pytest.mark.parametrize("content,message", [
    ("", "non-empty YAML list"),
    ("- question: a\n", "needs 'expect'"),
    ("- question: a\n  expect: []\n", "'expect' is empty"),
    ("- expect: [x]\n", "needs 'question'"),
    ("- question: a\n  expect: [[]]\n", "each 'expect' group"),
    ("- why: a\n  answer: b\n", "needs 'min_points'"),
    ("- why: a\n  answer: b\n  min_points: -1\n", "whole number"),
    ("- [not, a, mapping]\n", "must be a mapping"),
    ("key: [unclosed\n", "invalid YAML"),
    ("- question: a and b\n  parts:\n    - expect: [x]\n", "two or more"),
    ("- question: a and b\n  parts:\n    - expect: [x]\n    - {}\n", "a part needs"),
    ("- why: a\n  answer: b\n  min_points: 1\n  misconception: maybe\n", "true or false"),
    ("- why: a\n  answer: b\n  min_points: 1\n  not_in_notes: perhaps\n", "true or false"),
])
def test_bad_eval_files(tmp_path, content, message, run_cli):
    bad = tmp_path / "bad.yaml"
    bad.write_text(content)
    with pytest.raises(DataFileError, match=message):
        load_eval_set(bad)
    result = run_cli("eval", "--set", str(bad))
    assert result.returncode == 2 and "bad.yaml" in result.stderr and "Traceback" not in result.stderr


def test_double_questions_and_junk_lines_are_judged_part_by_part(tutor, tmp_path):
    set_file = tmp_path / "conversation.yaml"
    set_file.write_text(
        "- question: why did stalin back the gmd and what was the treaty of berlin\n"
        "  parts:\n    - expect: [bourgeois revolution]\n    - expect: [neutral]\n"
        "- question: why did stalin back the gmd and who was hitler\n"
        "  parts:\n    - expect: [bourgeois revolution]\n    - out_of_scope: true\n"
        "- question: why did stalin back the gmd and what was the treaty of berlin\n"
        "  parts:\n    - expect: [neutral]\n    - expect: [bourgeois revolution]\n"
        "- after: [what did stalin think of the ccp]\n  question: \"\U0001F937\"\n  junk: true\n"
        "- question: what did stalin think of the ccp\n  junk: true\n")
    items = load_eval_set(set_file)
    assert [i.kind for i in items] == ["double", "double", "double", "junk", "junk"]
    assert items[1].parts[1].out_of_scope
    summary = evaluate(tutor, items)
    failed = {f["line"]: f["why"] for f in summary["failures"]}
    assert set(failed) == {items[2].line, items[4].line}, failed  # parts out of order; a real question
    assert "part 1" in failed[items[2].line] and "not_understood" in failed[items[4].line]


def test_a_junk_reply_that_repeats_the_last_answer_fails():
    from tutor.dialogue.reply import Reply, Source
    from tutor.evaluation.runner import judge
    from tutor.evaluation.sets import EvalItem

    note = Source("china-ccp-too-weak", "note", ("China",), "notes", (17,), "text")
    item = EvalItem(1, "?", "junk")
    previous = Reply("answered", "Stalin did not think...", "question", (note,))
    assert judge(item, Reply("not_understood", "I didn't understand that.", "question"), previous) == ""
    assert judge(item, Reply("not_understood", "again", "question", (note,)), previous) == "repeats the last answer"
    assert "expected not_understood" in judge(item, previous, previous)


def test_not_in_notes_false_fails_a_grade_that_says_the_notes_never_make_a_claim(tutor, tmp_path):
    set_file = tmp_path / "why.yaml"
    claim = "  answer: because he was a dictator\n  max_points: 0\n"
    set_file.write_text(f"- why: Why did Stalin use terror?\n{claim}  not_in_notes: false\n"
                        f"- why: Why did Stalin use terror?\n{claim}  not_in_notes: true\n"
                        f"- why: Why did Stalin use terror?\n{claim}")
    summary = evaluate(tutor, load_eval_set(set_file))
    failed = {f["line"]: f["why"] for f in summary["failures"]}
    assert list(failed) == [1] and "said the notes never make a claim" in failed[1]
