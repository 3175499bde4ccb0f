"""Coggle mind maps as scraped from a Coggle page: chrome dropped, the lines the
map's formatting broke rejoined, headings turned into the trail.

What the scrape keeps of the map: each node starts on a new line, with "-" or
"--" where the author began it with a dash; a node's text breaks onto new
lines wherever it changed formatting (a bold or quoted phrase), so a line that
starts with punctuation, is a quoted phrase, follows a dangling "was"/"like"/
"[", or is a short lower-case phrase belongs to the node before. Upper-case
lines and the first branch are topics; lines ending "?" are sub-headings, and
a "...by:" label opens a list under the question before it.
"""

from __future__ import annotations

import re

from tutor.notes.importers.outline import Node, Outline, clean, tree_from_levels

CHROME = re.compile(r"enable javascript|requires javascript|coggle diagram", re.I)
FUNCTION_WORDS = frozenset("like was were is are of the a an to for and or by in with as at on from that "
                           "than be been his her their its into onto".split())
_DASH = re.compile(r"^(-+)(\s*)(.*)$")


def _is_upper_heading(line: str) -> bool:
    letters = [c for c in line if c.isalpha()]
    return len(letters) >= 2 and all(c.isupper() for c in letters) and not line.endswith("?")


def _fully_quoted(line: str) -> bool:
    return bool(re.fullmatch(r"['\"‘“][^'\"‘“’”]+['\"’”]", line))


class _Node:
    def __init__(self, text: str, line: int):
        self.parts = [text]
        self.lines = [line]
        self.short_join = False

    def joins(self, line: str) -> bool:
        last = self.parts[-1].rstrip()
        words = line.split()
        if line[:1] in ",.;:)]" or _fully_quoted(line):
            return True
        if last.endswith(("[", "(")) or (last.split() and last.split()[-1].lower() in FUNCTION_WORDS):
            return True
        starts_lower = line[:1].islower()
        if starts_lower and len(words) <= 4:
            return True
        return starts_lower and self.short_join and not last.endswith((".", ",", ";", ":", "!", "?"))

    def add(self, line: str, number: int, joiner: str = " ") -> None:
        self.short_join = len(line.split()) <= 4
        self.parts.append(joiner + line if line[:1] not in ",.;:)]" else line)
        self.lines.append(number)

    @property
    def text(self) -> str:
        return clean("".join(p if i == 0 else p for i, p in enumerate(self.parts)))


def parse_coggle(lines: list[str]) -> Outline:
    body_start = 0
    while body_start < len(lines) and (CHROME.search(lines[body_start]) or not lines[body_start].strip()):
        body_start += 1
    title = clean(lines[body_start]) if body_start < len(lines) else ""  # the map's root node: its title
    body_start += 1
    items: list[tuple[int, Node]] = []
    node: _Node | None = None
    level = 0          # the level of the heading the notes now sit under
    question_heading_open = False
    first = True

    def close():
        nonlocal node
        if node is not None and node.text:
            items.append((level + 1, Node(node.text, tuple(node.lines))))
        node = None

    def heading(depth: int, line: str, number: int) -> None:
        nonlocal level
        items.append((depth, Node(clean(line), (number,), label=True)))
        level = depth

    for number, raw in enumerate(lines[body_start:], body_start + 1):
        line = raw.strip()
        dash = _DASH.match(line)
        if not line or (dash and not dash.group(3).strip()):
            close()
            continue
        if dash:
            text = dash.group(3).strip()
            if (dash.group(2) and node is not None and len(node.parts) == 1 and len(node.parts[0].split()) <= 2
                    and node.lines[-1] == number - 1):
                node.add(text, number, " - ")
            else:
                close()
                node = _Node(text, number)
            continue
        if node is not None and node.joins(line):
            node.add(line, number)
            continue
        close()
        if first or _is_upper_heading(line):
            heading(1, line, number)
            question_heading_open = False
        elif line.endswith("?"):
            heading(2, line, number)
            question_heading_open = True
        elif line.endswith(":"):
            heading(3 if question_heading_open else 2, line, number)
        else:
            node = _Node(line, number)
        first = False
    close()
    return Outline(title, tree_from_levels(items))
