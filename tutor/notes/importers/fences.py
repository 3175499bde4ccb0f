"""Fenced blocks in Markdown notes that hold notes, not code: a fence whose body is
Markdown (Obsidian's "````col" columns and "```ad-note" admonitions, "```md"),
and a Mermaid mind map ("```mermaid" over "mindmap" and an indented outline).
The Markdown reader reads the first as Markdown and the second node by node."""

from __future__ import annotations

import re

from markdown_it.token import Token

from tutor.notes.importers.markup import plain_words
from tutor.notes.importers.outline import clean

MARKDOWN_FENCES = ("md", "markdown", "col", "col-md", "tab", "tabs", "callout")  # and "ad-note", "ad-tip"...


def holds_markdown(info: str) -> bool:
    """Whether a fence's info string says its body is Markdown, not code: "```md",
    Obsidian's "````col" columns and "```ad-note" admonitions."""
    kind = info.strip().split(" ", 1)[0].lower()
    return kind in MARKDOWN_FENCES or kind.startswith("ad-")


def is_mermaid_mindmap(token: Token) -> bool:
    """A "```mermaid" fence whose diagram is a mind map (its first line "mindmap")."""
    lines = [line.strip() for line in token.content.split("\n") if line.strip()]
    return token.info.strip().lower() == "mermaid" and bool(lines) and lines[0] == "mindmap"


_MERMAID_SHAPE = re.compile(r"^\s*(?:[\w-]+)?(\(\(|\)\)|\{\{|\[|\(|\))(.*?)(\)\)|\(\(|\}\}|\]|\)|\()\s*$")


def mermaid_words(line: str) -> str:
    """A mind-map node's words: "root((Volcanoes))", "a[Shield volcanoes]", "Plain text";
    icons ("::icon(fa fa-book)") and classes (":::urgent") say nothing."""
    line = re.sub(r":::[\w-]+\s*$", "", line)
    if line.strip().startswith("::icon"):
        return ""
    shaped = _MERMAID_SHAPE.match(line)
    text = shaped.group(2) if shaped else line
    return clean(plain_words(text.strip().strip("\"'`")))
