"""Markdown notes, read with markdown-it-py (a CommonMark parser that says which
source lines each block came from) into the common outline.

Headings are labels and nest by level (a lone '# Title' over the rest is the
notes' title); list items, however deep, are notes, and an item with items
under it heads them; a paragraph is a note, and one ending ':' heads the list,
table, formula or code right after it, and so does a paragraph all in bold over
a list or table; a table row is a note carrying its column headers; a code
block or display formula is one note (skipped when it is a drawing), but a
fence that holds Markdown or a Mermaid mind map is read as notes (fences.py); a
block quote's paragraphs are notes, and an admonition's body sits under its
title ("!!! example" is "Example:"). YAML front matter, rules, HTML components,
images and MDX import lines say nothing and are skipped.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from markdown_it import MarkdownIt
from markdown_it.token import Token

from tutor.notes.importers.fences import holds_markdown, is_mermaid_mindmap, mermaid_words
from tutor.notes.importers.markup import is_drawing, latex_words, plain_words
from tutor.notes.importers.outline import Node, Outline, clean, has_words, says_something, tree_from_levels

_MDX_IMPORT = re.compile(r"^\s*(import\s+.+\s+from\s+['\"].+['\"]|export\s+(const|default)\b.*);?\s*$")
_TITLE = re.compile(r"^\s*title\s*:\s*(.+?)\s*$")
_FORMULA = re.compile(r"^\s*\$\$(.+?)\$\$\s*$", re.S)
_PARSER = MarkdownIt("commonmark").enable("table")
# "!!! example" / '??? note "Title"' (MkDocs / Python-Markdown admonitions), over an indented body
_ADMONITION = re.compile(r"""^(\s*)(?:!!!|\?\?\?\+?)\s+([\w-]+)(?:\s+["'](.*)["'])?\s*$""")


def front_matter(lines: list[str]) -> tuple[int, str]:
    """(how many lines of YAML front matter open the file, the title it gives)."""
    if not lines or lines[0].strip() != "---":
        return 0, ""
    for number, line in enumerate(lines[1:], 2):
        if line.strip() in ("---", "..."):
            titles = [m.group(1).strip("'\"") for m in map(_TITLE.match, lines[1:number - 1]) if m]
            return number, titles[0] if titles else ""
    return 0, ""


@dataclass
class _Block:
    """A block of the document: its depth in the outline, and its node."""

    depth: int
    node: Node


def admonitions(lines: list[str]) -> list[str]:
    """An admonition read as what it says: its title (or kind) as a label, "Example:",
    over its body moved out of the indent that would make it code or part of the
    paragraph before. One line out for each line in, so line numbers still hold."""
    out: list[str] = []
    indent = None
    for line in lines:
        opener = _ADMONITION.match(line)
        if opener:
            label = (opener.group(3) or opener.group(2).replace("-", " ")).strip()
            out.append(opener.group(1) + label[:1].upper() + label[1:] + ":")
            indent = opener.group(1) + "    "
        elif indent is not None and line.startswith((indent, indent[:-4] + "\t")):
            out.append(indent[:-4] + line[len(indent) if line.startswith(indent) else len(indent) - 3:])
        elif indent is not None and not line.strip():
            out.append(line)
        else:
            indent = None
            out.append(line)
    return out


def parse_markdown(lines: list[str]) -> Outline:
    skip, title = front_matter(lines)
    kept = ["" if n < skip or _MDX_IMPORT.match(line) else line for n, line in enumerate(admonitions(lines))]
    tokens = _PARSER.parse("\n".join(kept))
    blocks = _Reader(tokens).blocks()
    heading_levels = sorted({b.depth for b in blocks if b.node.label and b.depth < _Reader.CONTENT_DEPTH})
    tops = [b for b in blocks if b.node.label and heading_levels and b.depth == heading_levels[0]]
    if not title and len(tops) == 1 and len(heading_levels) > 1 and blocks and blocks[0] is tops[0]:
        title = tops[0].node.text  # one '# Title' over '## Sections': the title, not a topic
        blocks = blocks[1:]
    return Outline(title, tree_from_levels([(b.depth, b.node) for b in blocks]))


def _lines(token: Token) -> tuple[int, ...]:
    start, end = token.map or (0, 1)
    return tuple(range(start + 1, max(end, start + 1) + 1))


def _inline_text(token: Token) -> str:
    """An inline token's words: text and code kept, HTML tags and images dropped."""
    parts = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            parts.append(child.content)
        elif child.type in ("softbreak", "hardbreak"):
            parts.append(" ")
        elif child.type == "html_inline" and re.match(r"<\s*br", child.content, re.I):
            parts.append(" ")
    return clean(plain_words("".join(parts)))


class _Reader:
    """Walks markdown-it's token stream once, keeping the depth each block sits at."""

    CONTENT_DEPTH = 10   # headings sit at their level (1-6); everything else below the last heading, never
                         # above a heading: a paragraph before '## Origin' is a note, not Origin's parent

    def __init__(self, tokens: list[Token]):
        self.tokens = tokens
        self.out: list[_Block] = []

    def blocks(self, depth: int = CONTENT_DEPTH) -> list[_Block]:
        """Every block of the tokens, content at `depth` (a fence's Markdown: the fence's)."""
        i = 0
        while i < len(self.tokens):
            i = self._block(i, depth)
        return self.out

    def _add(self, depth: int, node: Node) -> None:
        if node.label or has_words(node.text):
            self.out.append(_Block(depth, node))

    def _block(self, i: int, depth: int) -> int:
        """Read the block starting at token i, at this depth; returns the next token."""
        token = self.tokens[i]
        kind = token.type
        if kind == "heading_open":
            text = _inline_text(self.tokens[i + 1])
            if has_words(text):
                self._add(int(token.tag[1]), Node(text, _lines(token), label=True))
            return i + 3
        if kind == "paragraph_open":
            return self._paragraph(i, depth)
        if kind in ("bullet_list_open", "ordered_list_open"):
            return self._list(i, depth)
        if kind == "table_open":
            return self._table(i, depth)
        if kind == "fence" and holds_markdown(token.info):
            self._notes_in_fence(token, depth)
            return i + 1
        if kind == "fence" and is_mermaid_mindmap(token):
            self._mindmap(token, depth)
            return i + 1
        if kind in ("fence", "code_block"):
            text = " ".join(line.strip() for line in token.content.splitlines() if line.strip())
            if has_words(text) and not is_drawing(text):
                self._add(depth, Node(clean(text), _lines(token)))
            return i + 1
        if kind == "blockquote_open":
            return self._inside(i, "blockquote_close", depth)
        if kind == "html_block":
            text = clean(plain_words(token.content))
            if has_words(text) and not is_drawing(text):
                self._add(depth, Node(text, _lines(token)))
            return i + 1
        return i + 1  # hr, and anything that says nothing

    def _notes_in_fence(self, token: Token, depth: int) -> None:
        """A fence that holds Markdown (Obsidian's columns and admonitions, "```md") is
        read as notes, its lines counted from the fence's first line."""
        offset = (token.map or (0, 0))[0] + 1
        for block in _Reader(_PARSER.parse(token.content)).blocks(depth):
            for node in block.node.walk():
                node.lines = tuple(n + offset for n in node.lines)
            self.out.append(block)

    def _mindmap(self, token: Token, depth: int) -> None:
        """A Mermaid mind map ("```mermaid" over "mindmap" and an indented outline): each
        node a note, nested by its indent, its shape's brackets taken away."""
        first = (token.map or (0, 0))[0] + 2  # the fence's line, then its first line of content
        lines = token.content.split("\n")
        start = next(n for n, line in enumerate(lines) if line.strip()) + 1  # after "mindmap"
        indents: list[int] = []
        for n, line in enumerate(lines[start:], start):
            text = mermaid_words(line)
            if not has_words(text):
                continue
            indent = len(line) - len(line.lstrip())
            while indents and indents[-1] > indent:
                indents.pop()
            if not indents or indents[-1] < indent:
                indents.append(indent)
            self._add(depth + len(indents) - 1, Node(text, (first + n,)))

    def _inside(self, i: int, closing: str, depth: int) -> int:
        i += 1
        while i < len(self.tokens) and self.tokens[i].type != closing:
            i = self._block(i, depth)
        return i + 1

    def _paragraph(self, i: int, depth: int) -> int:
        inline = self.tokens[i + 1]
        raw = inline.content
        if _term_lines(raw):
            return self._terms(i, depth)
        formula = _FORMULA.match(raw)
        text = clean(latex_words(formula.group(1))) if formula else _inline_text(inline)
        # "Causes:" or a line all in bold ("**Demand Pull Inflation**") over a list: a heading
        node = Node(text, _lines(self.tokens[i]), label=(text.endswith(":") or _all_bold(inline)) and not formula)
        following = self.tokens[i + 3].type if i + 3 < len(self.tokens) else ""
        heads_next = node.label and following in (
            "bullet_list_open", "ordered_list_open", "table_open", "fence", "code_block", "paragraph_open")
        if heads_next and following == "paragraph_open":
            heads_next = bool(_FORMULA.match(self.tokens[i + 4].content))
        if not heads_next:
            node.label = False
            self._add(depth, node)
            return i + 3
        node.label = not says_something(text)
        self._add(depth, node)
        return self._block(i + 3, depth + 1)

    def _terms(self, i: int, depth: int) -> int:
        """A paragraph of "**Term**: definition" lines, one a line (Obsidian's callouts of
        definitions): each line a note, under the words before the first, if any
        ("[!def] Definitions"), as a label."""
        lines = self.tokens[i + 1].content.split("\n")
        first = (self.tokens[i].map or (0, 1))[0] + 1
        start = next(n for n, line in enumerate(lines) if _TERM_LINE.match(line))
        label = clean(plain_words(" ".join(lines[:start])))
        if has_words(label):
            self._add(depth, Node(label, (first,), label=True))
            depth += 1
        for n, line in enumerate(lines[start:], start):
            text = _inline_text(_PARSER.parseInline(line)[0])
            if has_words(text):
                self._add(depth, Node(text, (first + n,)))
        return i + 3

    def _list(self, i: int, depth: int) -> int:
        closing = self.tokens[i].type.replace("_open", "_close")
        i += 1
        while i < len(self.tokens) and self.tokens[i].type != closing:
            if self.tokens[i].type == "list_item_open":
                i = self._item(i, depth)
            else:
                i += 1
        return i + 1

    def _item(self, i: int, depth: int) -> int:
        """A list item: its first paragraph is the note; what follows in it sits under it."""
        i += 1
        first = True
        while i < len(self.tokens) and self.tokens[i].type != "list_item_close":
            if first and self.tokens[i].type == "paragraph_open":
                text = _inline_text(self.tokens[i + 1])
                self._add(depth, Node(text, _lines(self.tokens[i])))
                first = False
                i += 3
            else:
                i = self._block(i, depth + 1)
                first = False
        return i + 1

    def _table(self, i: int, depth: int) -> int:
        """Each row a note: its first cell, then every other cell with its column's header."""
        headers: list[str] = []
        header_lines: tuple[int, ...] = ()
        rows: list[tuple[list[str], tuple[int, ...]]] = []
        row: list[str] = []
        row_lines: tuple[int, ...] = ()
        in_head = False
        while self.tokens[i].type != "table_close":
            token = self.tokens[i]
            if token.type == "thead_open":
                in_head = True
            elif token.type == "thead_close":
                in_head = False
            elif token.type == "tr_open":
                row, row_lines = [], _lines(token)
            elif token.type == "inline":
                row.append(_inline_text(token))
            elif token.type == "tr_close":
                if in_head:
                    headers, header_lines = row, row_lines
                else:
                    rows.append((row, row_lines))
            i += 1
        if _lists_by_column(headers, [r for r, _ in rows]):
            for n, header in enumerate(headers):  # "Only in Plant Cells": its column's items under it
                cells = [(r[n], lines) for r, lines in rows if n < len(r) and has_words(r[n])]
                if has_words(header) and cells:
                    self._add(depth, Node(clean(header), header_lines[:1], label=True))
                    for cell, lines in cells:
                        self._add(depth + 1, Node(clean(cell), lines[:1]))
            return i + 1
        for row, row_lines in rows:
            text = _table_row(headers, row)
            if has_words(text):
                self._add(depth, Node(text, row_lines[:1]))
        return i + 1


_TERM_LINE = re.compile(r"^\s*(\*\*|__)[^*_\n]{1,60}?(?::\1|\1\s*:)")  # "**Thesis**: ..." or "**Thesis:** ..."


def _term_lines(raw: str) -> bool:
    """Whether a paragraph's lines are definitions, "**Term**: what it is", two at least."""
    lines = raw.split("\n")
    return len(lines) >= 2 and sum(bool(_TERM_LINE.match(line)) for line in lines) >= 2


def _all_bold(inline: Token) -> bool:
    """Whether a paragraph is one stretch of bold, a label set in bold for a heading."""
    kinds = [child.type for child in inline.children or () if not (child.type == "text" and not child.content.strip())]
    return len(kinds) >= 3 and kinds[0] == "strong_open" and kinds[-1] == "strong_close" \
        and kinds.count("strong_open") == 1


def _lists_by_column(headers: list[str], rows: list[list[str]]) -> bool:
    """A table whose columns are lists, not whose rows are records: every cell a short
    item, and a column that runs out before another does (| Shared | Animal only |
    with "Lysosome" and "Centrosome" under the second, then blanks while the first
    goes on). Read by rows, "Ribosomes — Only in Plant Cells: Plasmodesmata" would
    join two items that have nothing to do with each other."""
    sizes = [len(c.split()) for r in rows for c in r if has_words(c)]
    if len(headers) < 2 or len(rows) < 2 or not sizes or max(sizes) > 12 or sum(sizes) > 4 * len(sizes):
        return False
    rows = [r for r in rows if any(has_words(c) for c in r)]
    filled = [[n < len(r) and has_words(r[n]) for r in rows] for n in range(len(headers))]
    filled = [col for col in filled if any(col)]  # a column of pictures only says nothing
    ends = [max(k for k, f in enumerate(col) if f) for col in filled]
    prefix = all(all(col[:end + 1]) for col, end in zip(filled, ends))  # no gap inside a column
    return len(filled) >= 2 and prefix and len(set(ends)) > 1


def _table_row(headers: list[str], cells: list[str]) -> str:
    named = [(h, c) for h, c in zip(headers or [""] * len(cells), cells) if has_words(c)]
    if not named:
        return ""
    (_, first), rest = named[0], named[1:]
    parts = [f"{h}: {c}" if h else c for h, c in rest]
    return clean(first + (" — " + "; ".join(parts) if parts else ""))
