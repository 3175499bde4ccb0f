"""Reading an evaluation set: a YAML list of items, each checked, each problem
named by file and line.

Item kinds: an answer (its `expect` groups must appear in the reply), a follow-up
(the same, asked `after` earlier lines), out of scope, an intent, a double
question (`parts`: one check per question in the line, in order), a junk line
(`junk: true`: the tutor must say it did not understand, and not go on from
its last answer), and a graded explanation (`why` and `answer`, judged by the
number of points it makes and, when given, which it credits, which it finds
reversed, whether a misconception fires, whether it says the notes never
make the claim).
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

from tutor.notes.importers.markup import latex_words
from tutor.storage.yamlsafe import DataFileError, expect_type, line_of, read_yaml

KINDS = ("answer", "followup", "glossary", "double", "out_of_scope", "junk", "intent", "why")


@dataclass(frozen=True)
class Part:
    """One question of a double question: what its answer must hold, or that it is out of scope."""

    expect: tuple[tuple[str, ...], ...] = ()
    out_of_scope: bool = False


@dataclass(frozen=True)
class EvalItem:
    line: int
    question: str
    kind: str
    expect: tuple[tuple[str, ...], ...] = ()
    intent: str = ""
    after: tuple[str, ...] = ()
    tags: tuple[str, ...] = ()
    parts: tuple[Part, ...] = ()
    answer: str = ""            # why items: the student's explanation
    min_points: int = 0
    max_points: int | None = None
    credits: tuple[str, ...] = ()      # why items: point ids that must be credited
    reversed: tuple[str, ...] = ()     # ... that must be caught said the wrong way round
    misconception: bool | None = None  # ... a misconception must (True) or must not (False) fire
    not_in_notes: bool | None = None   # ... the tutor must (True) or must not (False) say the notes never make it


def as_shown(phrase: str) -> str:
    """A phrase copied from the notes with its LaTeX ("\\tau = RC", "$C = \\frac{Q}{V}$")
    as the tutor shows those notes (tutor.notes.importers.markup), so it is looked for
    in what the student sees; any other phrase as it is."""
    if "\\" not in phrase and "$" not in phrase:
        return phrase
    return latex_words(phrase.replace("$", ""))


def _groups(node, path: Path, line: int) -> tuple[tuple[str, ...], ...]:
    groups = []
    for group in expect_type(node, list, path, "'expect'", line):
        alts = [group] if isinstance(group, str) else group
        if not isinstance(alts, list) or not alts or not all(isinstance(a, str) and a.strip() for a in alts):
            raise DataFileError(path, line, "each 'expect' group must be text or a list of texts")
        groups.append(tuple(as_shown(a) for a in alts))
    if not groups:
        raise DataFileError(path, line, "'expect' is empty")
    return tuple(groups)


def _ids(node, key: str, path: Path, line: int) -> tuple[str, ...]:
    value = expect_type(node.get(key, []), list, path, f"'{key}'", line)
    if not all(isinstance(v, str) for v in value):
        raise DataFileError(path, line, f"'{key}' must be a list of point ids")
    return tuple(value)


def _why_item(node, path: Path, line: int, tags: tuple[str, ...]) -> EvalItem:
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
    misconception = node.get("misconception")
    if misconception is not None and not isinstance(misconception, bool):
        raise DataFileError(path, line, "'misconception' must be true or false")
    if node.get("not_in_notes") is not None and not isinstance(node.get("not_in_notes"), bool):
        raise DataFileError(path, line, "'not_in_notes' must be true or false")
    return EvalItem(line, why, "why", tags=tags, answer=answer, min_points=low, max_points=high,
                    credits=_ids(node, "credits", path, line), reversed=_ids(node, "reversed", path, line),
                    misconception=misconception, not_in_notes=node.get("not_in_notes"))


def _part(node, path: Path, line: int) -> Part:
    node = expect_type(node, dict, path, "a part", line)
    if "expect" in node:
        return Part(_groups(node["expect"], path, line))
    if node.get("out_of_scope") is True:
        return Part(out_of_scope=True)
    raise DataFileError(path, line, "a part needs 'expect' or 'out_of_scope: true'")


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
            items.append(_why_item(node, path, line, tags))
            continue
        question = node.get("question")
        if not isinstance(question, str):
            raise DataFileError(path, line, "an item needs 'question' (text) or 'why'")
        if "expect" in node:
            kind = "glossary" if "glossary" in tags else "followup" if after else "answer"
            items.append(EvalItem(line, question, kind, _groups(node["expect"], path, line), after=after, tags=tags))
        elif "parts" in node:
            parts = tuple(_part(p, path, line) for p in expect_type(node["parts"], list, path, "'parts'", line))
            if len(parts) < 2:
                raise DataFileError(path, line, "'parts' needs one entry for each question in the line (two or more)")
            items.append(EvalItem(line, question, "double", after=after, tags=tags, parts=parts))
        elif node.get("out_of_scope") is True:
            items.append(EvalItem(line, question, "out_of_scope", after=after, tags=tags))
        elif node.get("junk") is True:
            items.append(EvalItem(line, question, "junk", after=after, tags=tags))
        elif "intent" in node:
            intent = expect_type(node["intent"], str, path, "'intent'", line)
            items.append(EvalItem(line, question, "intent", intent=intent, after=after, tags=tags))
        else:
            raise DataFileError(path, line, "an item needs 'expect', 'parts', 'out_of_scope: true', 'junk: true' "
                                            "or 'intent'")
    return items
