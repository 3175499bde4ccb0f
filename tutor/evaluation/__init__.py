"""Evaluation sets: reading them (sets), asking the tutor each item and judging
its reply (runner), and the figures and report (report).

The top of the house: it may import the engine and every room below it.
"""

from tutor.evaluation.report import evaluate, format_report, summarise
from tutor.evaluation.runner import ItemResult, judge, judge_grade, run_item
from tutor.evaluation.sets import KINDS, EvalItem, Part, load_eval_set

__all__ = ["KINDS", "EvalItem", "ItemResult", "Part", "evaluate", "format_report", "judge", "judge_grade",
           "load_eval_set", "run_item", "summarise"]
