"""Readers for the other formats students' notes come in: Markdown outlines,
OPML and FreeMind mind maps, and plain text. Each returns the common outline.

XML is parsed with the standard library, and any file that declares a DTD or
entities is refused before parsing, so no entity is ever expanded (the
billion-laughs and external-entity attacks need one).
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET

from tutor.notes.importers.outline import Entry, ImportProblem, clean

_MD_HEADING = re.compile(r"^(#{1,6})\s+(.*?)\s*#*\s*$")
_MD_ITEM = re.compile(r"^(\s*)(?:[-*+]|\d+[.)])\s+(.*)$")
_MD_MARKUP = re.compile(r"(\*\*|__|\*|_|`)(.+?)\1")
_MD_LINK = re.compile(r"\[([^\]]+)\]\([^)]*\)")
_MD_RULE = re.compile(r"^\s{0,3}([-*_])(\s*\1){2,}\s*$")


def parent_entries(text: str, level: int, lines: tuple[int, ...]) -> list[Entry]:
    """An item with items under it heads them (its words give them context); when it
    says something itself, rather than labelling a list ("Causes:"), it is a note too."""
    heading = Entry("heading", level, text, lines)
    is_label = level == 1 or text.rstrip().endswith((":", "?")) or len(text.split()) <= 3
    return [heading] if is_label else [Entry("note", 0, text, lines), heading]


def _md_text(text: str) -> str:
    return clean(_MD_MARKUP.sub(r"\2", _MD_LINK.sub(r"\1", text)))


def _front_matter(lines: list[str]) -> int:
    """How many lines of YAML front matter (between '---' lines at the very top) to skip."""
    if not lines or lines[0].strip() != "---":
        return 0
    for number, line in enumerate(lines[1:], 2):
        if line.strip() in ("---", "..."):
            return number
    return 0


def parse_markdown(lines: list[str]) -> list[Entry]:
    """Headings become the trail (a lone '#' title is the map's root, not a topic);
    list items, however deep, are notes; a paragraph line is a note too, and an
    item with children is also a heading for them."""
    headings = [(len(m.group(1)), n) for n, line in enumerate(lines, 1) if (m := _MD_HEADING.match(line))]
    top = min((level for level, _ in headings), default=1)
    if sum(1 for level, _ in headings if level == top) == 1 and any(level > top for level, _ in headings):
        top += 1  # one '# Title' over '## Sections': the title is the root
    entries: list[Entry] = []
    items: list[tuple[int, int, str]] = []  # (indent, line, text) of the list being read
    heading_level = 0

    def flush_items():
        stack: list[int] = []  # indents of the open parent items
        for i, (indent, number, text) in enumerate(items):
            while stack and stack[-1] >= indent:
                stack.pop()
            has_children = i + 1 < len(items) and items[i + 1][0] > indent
            if has_children:
                entries.extend(parent_entries(text, min(heading_level + 1 + len(stack), 6), (number,)))
            else:
                entries.append(Entry("note", 0, text, (number,)))
            if has_children:
                stack.append(indent)
        items.clear()

    skip = _front_matter(lines)
    for number, line in enumerate(lines, 1):
        if number <= skip:
            continue
        if _MD_RULE.match(line):
            flush_items()  # a rule ends what was above it, and says nothing itself
            continue
        heading = _MD_HEADING.match(line)
        item = _MD_ITEM.match(line)
        if heading:
            flush_items()
            level = len(heading.group(1))
            if level < top:
                entries.append(Entry("title", 0, _md_text(heading.group(2)), (number,)))
                continue
            heading_level = level - top + 1
            entries.append(Entry("heading", heading_level, _md_text(heading.group(2)), (number,)))
        elif item:
            text = _md_text(item.group(2))
            if text:
                items.append((len(item.group(1).expandtabs(4)), number, text))
        elif line.strip():
            if items and line.startswith((" ", "\t")):
                indent, first, text = items[-1]
                items[-1] = (indent, first, clean(f"{text} {_md_text(line)}"))
            else:
                flush_items()
                entries.append(Entry("note", 0, _md_text(line), (number,)))
    flush_items()
    return entries


def _safe_xml(text: str, name: str) -> ET.Element:
    if re.search(r"<!DOCTYPE|<!ENTITY", text, re.I):
        raise ImportProblem(f"{name}: refused: the XML declares a DTD or entities, which tutor never expands")
    try:
        return ET.fromstring(text)
    except ET.ParseError as exc:
        raise ImportProblem(f"{name}: not well-formed XML ({exc})") from None


def _outline(element: ET.Element, attribute: str, tag: str, depth: int, lines: dict[str, int],
             entries: list[Entry]) -> None:
    for child in element.findall(tag):
        text = clean(child.get(attribute) or "")
        if not text:
            _outline(child, attribute, tag, depth, lines, entries)
            continue
        number = lines.get(text, 0)
        if child.findall(tag):
            entries.extend(parent_entries(text, depth, (number,) if number else ()))
            _outline(child, attribute, tag, depth + 1, lines, entries)
        else:
            entries.append(Entry("note", 0, text, (number,) if number else ()))


def _line_numbers(raw_lines: list[str], attribute: str) -> dict[str, int]:
    found: dict[str, int] = {}
    pattern = re.compile(rf'\b{attribute}\s*=\s*"([^"]*)"')
    for number, line in enumerate(raw_lines, 1):
        for match in pattern.finditer(line):
            import html

            found.setdefault(clean(html.unescape(match.group(1))), number)
    return found


def parse_opml(raw_lines: list[str], name: str) -> list[Entry]:
    root = _safe_xml("\n".join(raw_lines), name)
    body = root.find("body")
    if root.tag.lower() != "opml" or body is None:
        raise ImportProblem(f"{name}: not an OPML file (no <opml><body>)")
    return _tree(body, "text", "outline", raw_lines, name)


def parse_freemind(raw_lines: list[str], name: str) -> list[Entry]:
    root = _safe_xml("\n".join(raw_lines), name)
    if root.tag != "map":
        raise ImportProblem(f"{name}: not a FreeMind map (no <map>)")
    return _tree(root, "TEXT", "node", raw_lines, name)


def _tree(body: ET.Element, attribute: str, tag: str, raw_lines: list[str], name: str) -> list[Entry]:
    lines = _line_numbers(raw_lines, attribute)
    tops = body.findall(tag)
    entries: list[Entry] = []
    if len(tops) == 1 and tops[0].findall(tag):
        body = tops[0]  # a single root node is the map's title, not a topic
        title = clean(body.get(attribute) or "")
        entries.append(Entry("title", 0, title, (lines[title],) if title in lines else ()))
    _outline(body, attribute, tag, 1, lines, entries)
    if not any(e.kind == "note" for e in entries):
        raise ImportProblem(f"{name}: the map has no notes")
    return entries


def parse_plain(lines: list[str]) -> list[Entry]:
    """One idea per paragraph; a short line standing alone before a paragraph is its heading."""
    entries: list[Entry] = []
    block: list[tuple[int, str]] = []

    def flush():
        if not block:
            return
        numbers = tuple(n for n, _ in block)
        text = clean(" ".join(t for _, t in block))
        is_heading = len(block) == 1 and len(text.split()) <= 6 and not text.endswith(".")
        entries.append(Entry("heading", 1, text, numbers) if is_heading else Entry("note", 0, text, numbers))
        block.clear()

    for number, line in enumerate(lines, 1):
        if line.strip():
            block.append((number, line.strip()))
        else:
            flush()
    flush()
    return entries
