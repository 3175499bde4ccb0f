"""The common shape every importer produces: an outline, a tree of nodes, each
with its own words and the source lines they came from. One builder
(tutor.notes.importers.build) turns any outline into a knowledge folder.

A node is a note (its words say something) or a label (a heading that only
names what is under it: a Markdown heading, "Causes:"). A note may have
children too: its words are still a note, and they head the notes under it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.errors import TutorError


class ImportProblem(TutorError):
    """A file that cannot be imported; the message says why in one line."""


@dataclass
class Node:
    text: str
    lines: tuple[int, ...]
    children: list[Node] = field(default_factory=list)
    label: bool = False          # names its children, says nothing itself

    def walk(self):
        """This node and every node under it, in the notes' order."""
        yield self
        for child in self.children:
            yield from child.walk()


@dataclass
class Outline:
    title: str                   # the notes' own title (a map's root, a lone '# Title'), or ''
    roots: list[Node]

    def has_notes(self) -> bool:
        return any(not n.label and has_words(n.text) for root in self.roots for n in root.walk())


def has_words(text: str) -> bool:
    return any(c.isalnum() for c in text)


def says_something(text: str) -> bool:
    """A line heading a list says something itself ("There are 5 basic shapes:"),
    unless it is only a name for the list ("Causes:", "Examples of terms:")."""
    return len(text.rstrip(":").split()) > 3


def tree_from_levels(items: list[tuple[int, Node]]) -> list[Node]:
    """Nest nodes given in order with their depth (1 = top): each goes under the
    nearest node before it that is shallower."""
    roots: list[Node] = []
    stack: list[tuple[int, Node]] = []
    for depth, node in items:
        while stack and stack[-1][0] >= depth:
            stack.pop()
        (stack[-1][1].children if stack else roots).append(node)
        stack.append((depth, node))
    return roots


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
