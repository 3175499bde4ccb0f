"""Mind maps exported as OPML (Coggle, XMind, MindNode, Workflowy, Dynalist) or
FreeMind/Freeplane .mm files, read into the common outline.

The single root node is the map's title; every other node's own words are a
note, also when it has children (it then heads them). A FreeMind node's words
are its TEXT or its rich-text HTML; a note attached to a node (FreeMind's NOTE,
OPML's _note) sits under it. Nodes that carry only an image, an icon, a style
or attributes say nothing: they are skipped and their children move up.

XML is parsed with the standard library, and a file that declares a DTD or
entities is refused before parsing, so no entity is ever expanded.
"""

from __future__ import annotations

import re
import xml.etree.ElementTree as ET
from html.entities import name2codepoint

from tutor.notes.importers.markup import latex_words, plain_words
from tutor.notes.importers.outline import ImportProblem, Node, Outline, clean, has_words

_XML_ENTITIES = frozenset({"amp", "lt", "gt", "quot", "apos"})
_NAMED_ENTITY = re.compile(r"&([A-Za-z][A-Za-z0-9]*);")


def _html_entities_as_numbers(text: str) -> str:
    """HTML's named characters ("&nbsp;", "&eacute;"), which a map's rich text holds and
    XML does not know, as the numbered references XML reads: without this one "&nbsp;"
    would leave the whole map unreadable. XML's own five stay; an unknown name stays
    (and is reported as not well-formed)."""
    def numbered(match: re.Match) -> str:
        name = match.group(1)
        if name in _XML_ENTITIES or name not in name2codepoint:
            return match.group(0)
        return f"&#{name2codepoint[name]};"
    return _NAMED_ENTITY.sub(numbered, text) if "&" in text else text


def _safe_xml(text: str, name: str) -> ET.Element:
    if re.search(r"<!DOCTYPE|<!ENTITY", text, re.I):
        raise ImportProblem(f"{name}: refused: the XML declares a DTD or entities, which tutor never expands")
    try:
        return ET.fromstring(_html_entities_as_numbers(text))
    except ET.ParseError as exc:
        raise ImportProblem(f"{name}: not well-formed XML ({exc})") from None


def _html_text(element: ET.Element) -> str:
    """The words of a rich-text HTML fragment: its paragraphs joined, tags dropped."""
    body = element.find(".//body")
    root = body if body is not None else element
    paragraphs = [" ".join(p.itertext()) for p in root.iter("p")] or [" ".join(root.itertext())]
    return clean(plain_words(" ".join(t for t in paragraphs if t.strip())))


_LATEX_NODE = re.compile(r"^\s*\\latex\s+", re.S)  # Freeplane: a node whose text is a formula


def _node_words(text: str) -> str:
    """A node's words: its markup stripped, and a Freeplane formula node ("\\latex ...") as
    a student reads the formula."""
    marker = _LATEX_NODE.match(text)
    return clean(latex_words(text[marker.end():]) if marker else plain_words(text))


class _MapReader:
    """Reads one kind of map: which tag is a node, where its words are, which
    line of the file each node starts on (the n-th node tag in the text is the
    n-th node element in document order)."""

    def __init__(self, raw_lines: list[str], tag: str, attribute: str, note_attribute: str = ""):
        self.tag, self.attribute, self.note_attribute = tag, attribute, note_attribute
        pattern = re.compile(rf"<{tag}\b")
        self.starts = [n for n, line in enumerate(raw_lines, 1) for _ in pattern.finditer(line)]
        self.seen = 0

    def words(self, element: ET.Element) -> tuple[str, str]:
        """(the node's own words, the words of a note attached to it)."""
        text = _node_words(element.get(self.attribute) or "")
        note = clean(plain_words(element.get(self.note_attribute) or "")) if self.note_attribute else ""
        for rich in element.findall("richcontent"):
            kind = (rich.get("TYPE") or "NODE").upper()
            if kind == "NODE" and not text:
                text = _html_text(rich)
            elif kind in ("NOTE", "DETAILS"):
                note = " ".join(t for t in (note, _html_text(rich)) if t)
        return text, note

    def nodes(self, parent: ET.Element) -> list[Node]:
        out: list[Node] = []
        for element in parent:
            if element.tag != self.tag:
                continue
            line = self.starts[self.seen] if self.seen < len(self.starts) else 0
            self.seen += 1
            text, note = self.words(element)
            children = self.nodes(element)
            if note and has_words(note):
                children.insert(0, Node(note, (line,) if line else ()))
            if has_words(text):
                out.append(Node(text, (line,) if line else (), children))
            else:
                out.extend(children)  # an image, icon or empty node: its children move up
        return out


def _outline(body: ET.Element, reader: _MapReader, name: str) -> Outline:
    roots = reader.nodes(body)
    title = ""
    if len(roots) == 1 and roots[0].children:
        title, roots = roots[0].text, roots[0].children  # a single root node is the map's title
    outline = Outline(title, roots)
    if not outline.has_notes():
        raise ImportProblem(f"{name}: the map has no notes")
    return outline


def parse_opml(raw_lines: list[str], name: str) -> Outline:
    root = _safe_xml("\n".join(raw_lines), name)
    body = root.find("body")
    if root.tag.lower() != "opml" or body is None:
        raise ImportProblem(f"{name}: not an OPML file (no <opml><body>)")
    return _outline(body, _MapReader(raw_lines, "outline", "text", "_note"), name)


def parse_freemind(raw_lines: list[str], name: str) -> Outline:
    root = _safe_xml("\n".join(raw_lines), name)
    if root.tag != "map":
        raise ImportProblem(f"{name}: not a FreeMind map (no <map>)")
    return _outline(root, _MapReader(raw_lines, "node", "TEXT"), name)
