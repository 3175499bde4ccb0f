"""The common shape every importer produces: a flat outline of headings and
notes, each with its depth and the source lines it came from. One builder
(tutor.notes.importers.build) turns any outline into a knowledge folder."""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.errors import TutorError


class ImportProblem(TutorError):
    """A file that cannot be imported; the message says why in one line."""


@dataclass(frozen=True)
class Entry:
    kind: str              # "heading" or "note"
    level: int             # 1 for a topic heading; notes take the level of what they sit under
    text: str
    lines: tuple[int, ...]


_SPACE = re.compile(r"\s+")
_GLUED_DASH = re.compile(r"(?<=\w)- (?=\w)")          # "legacy- to" -> "legacy - to"
_PAREN_INNER = re.compile(r"\(\s*([^()]*?)\s*\)")      # "( CCP )" -> "(CCP)"
_AFTER_PAREN = re.compile(r"\)(?=[A-Za-z])")           # ")and" -> ") and"
_SPACE_BEFORE = re.compile(r"\s+([,.;:!?])")           # "finances , the" -> "finances, the"


def _drop_unbalanced(text: str) -> str:
    """Brackets left over from a map's formatting ("for [ trust ]) between") are noise."""
    original = text
    out: list[str] = []
    stack: list[int] = []
    for ch in text:
        if ch in "([":
            stack.append(len(out))
            out.append(ch)
        elif ch in ")]":
            if stack and out[stack[-1]] == {")": "(", "]": "["}[ch]:
                stack.pop()
                out.append(ch)
        else:
            out.append(ch)
    for index in reversed(stack):
        out[index] = ""
    text = "".join(out)
    if len(text) != len(original):  # the brackets were a formatting scrap: drop square ones left
        text = text.replace("[", "").replace("]", "")
    return text


def clean(text: str) -> str:
    """One idea's text as the notes say it, with the scrape's stray spacing and marks tidied."""
    text = _drop_unbalanced(text)
    text = _GLUED_DASH.sub(" - ", text)
    text = _PAREN_INNER.sub(r"(\1)", text)
    text = _AFTER_PAREN.sub(") ", text)
    text = _SPACE_BEFORE.sub(r"\1", text)
    text = _SPACE.sub(" ", text).strip()
    text = re.sub(r"^[-–•*\s]+", "", text)
    return re.sub(r"[\s\-–]+$", "", text).strip()
