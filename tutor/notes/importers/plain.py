"""Plain-text notes read into the common outline.

Blocks are separated by blank lines. A short line standing alone, or a line
ending ':' that opens a block, is a heading for what follows it. Lines that
start with a bullet ('-', '*', '•', '1.') are notes nested by their indent.
Any other block is one note (its lines joined), unless it is a list written
without bullets: several short lines, each a fact of its own ("80 - http",
"DNS: names to addresses"), which are each a note.
"""

from __future__ import annotations

import re

from tutor.notes.importers.markup import is_drawing, plain_words
from tutor.notes.importers.outline import Node, Outline, clean, has_words, says_something, tree_from_levels

_BULLET = re.compile(r"^(\s*)(?:[-*•+]|\d+[.)])\s+(.*)$")
_PAIR = re.compile(r"^\s*\S.{0,60}?\s(?:-|–|=|:)\s+\S")   # "80 - http", "A record: name to address"


def _is_label(line: str) -> bool:
    words = line.split()
    return (len(words) <= 6 and not line.rstrip().endswith((".", ",", ";"))) or line.rstrip().endswith(":")


def _listed(block: list[tuple[int, str]]) -> bool:
    """A block whose every line is a short fact of its own, not one sentence broken over lines."""
    return len(block) >= 3 and all(len(t.split()) <= 12 and _PAIR.match(t) for _, t in block)


def parse_plain(lines: list[str]) -> Outline:
    items: list[tuple[int, Node]] = []
    block: list[tuple[int, str]] = []
    level = 0  # depth of the heading now open (0: none)

    def note(depth: int, text: str, numbers: tuple[int, ...]) -> None:
        text = clean(plain_words(text))
        if has_words(text) and not is_drawing(text):
            items.append((depth, Node(text, numbers)))

    def flush() -> None:
        nonlocal level
        if not block:
            return
        first_number, first = block[0]
        rest = block[1:]
        if not rest and _is_label(first) and not _BULLET.match(first):
            level = 1
            items.append((1, Node(clean(plain_words(first)), (first_number,), label=True)))
        else:
            if first.rstrip().endswith(":") and rest and not _BULLET.match(first):
                words = clean(plain_words(first))
                items.append((level + 1, Node(words, (first_number,), label=not says_something(words))))
                body, depth = rest, level + 2
            else:
                body, depth = block, level + 1
            if any(_BULLET.match(t) for _, t in body) or _listed(body):
                for number, text in body:
                    bullet = _BULLET.match(text)
                    indent = len(bullet.group(1).expandtabs(4)) // 2 if bullet else 0
                    note(depth + indent, bullet.group(2) if bullet else text, (number,))
            else:
                note(depth, " ".join(t.strip() for _, t in body), tuple(n for n, _ in body))
        block.clear()

    for number, line in enumerate(lines, 1):
        if line.strip():
            block.append((number, line.rstrip()))
        else:
            flush()
    flush()
    return Outline("", tree_from_levels(items))
