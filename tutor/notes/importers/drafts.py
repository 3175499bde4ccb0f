"""From an outline to topics of fragments, as the knowledge folder holds them.

Every node with words is a note (a fragment), also when it has children; a
label (a heading that only names what is under it) is not. Each fragment's
trail is the words of every node above it, so a child that means little alone
("Malleus", under "Bones called ossicles") is shown and found with its
parent's words. The top-level nodes are the topics (one topic per file when
several files are imported together, named by the file's title); notes that
sit at the top, outside any topic, gather in one topic of their own.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from tutor.notes.importers.outline import Node, Outline, has_words
from tutor.text.lexicon import COMMON_MISSPELLINGS


@dataclass
class TopicDraft:
    id: str
    title: str
    source: str
    headings: list[dict] = field(default_factory=list)
    fragments: list[dict] = field(default_factory=list)


def slug(text: str, limit: int = 5) -> str:
    words = re.findall(r"[a-z0-9]+", text.casefold())
    return "-".join(words[:limit]) or "note"


def fix_spelling(text: str) -> str:
    """Common misspellings only ("recieved", "aswell"); the notes' own words otherwise."""
    def repl(match: re.Match) -> str:
        word = match.group(0)
        fixed = COMMON_MISSPELLINGS.get(word.casefold())
        if fixed is None:
            return word
        return fixed[0].upper() + fixed[1:] if word[0].isupper() else fixed
    return re.sub(r"[A-Za-z]+", repl, text)


def title_of(heading: str) -> str:
    letters = [c for c in heading if c.isalpha()]
    if letters and all(c.isupper() for c in letters):
        heading = heading.capitalize()
    return heading.rstrip(":").strip() or heading.strip()


class _Ids:
    def __init__(self, taken: set[str]):
        self.taken = taken

    def new(self, base: str) -> str:
        candidate, n = base, 2
        while candidate in self.taken:
            candidate, n = f"{base}-{n}", n + 1
        self.taken.add(candidate)
        return candidate


def topics_from(outline: Outline, source: str, default_title: str, *, whole_file: bool = False,
                taken: set[str] | None = None) -> list[TopicDraft]:
    """The topics of one file's outline. With `whole_file`, the file is one topic
    (titled by the outline's title, else `default_title`) and its top nodes its
    branches; else each top node with notes under it is a topic."""
    ids = _Ids(taken if taken is not None else set())
    roots = outline.roots
    if whole_file:
        first = next((n.lines[0] for r in roots for n in r.walk() if n.lines), 1)
        roots = [Node(outline.title or default_title, (first,), roots, label=True)]
    topics: list[TopicDraft] = []
    loose: TopicDraft | None = None
    for root in roots:
        text = fix_spelling(root.text)
        if root.label or root.children:
            topic = TopicDraft(ids.new(slug(text, 4)), title_of(text), source)
            topics.append(topic)
            _add(topic, root, [], ids)
        else:
            if loose is None:
                title = outline.title or default_title
                loose = TopicDraft(ids.new(slug(title, 4)), title_of(title), source)
                loose.headings.append({"line": root.lines[0] if root.lines else 1, "text": title})
                topics.append(loose)
            _add(loose, root, [loose.headings[0]["text"]], ids)
    return [t for t in topics if t.fragments]


def _add(topic: TopicDraft, node: Node, trail: list[str], ids: _Ids) -> None:
    """The node (and everything under it) into the topic, beneath `trail`."""
    text = fix_spelling(node.text)
    if not has_words(text):
        for child in node.children:
            _add(topic, child, trail, ids)
        return
    line = node.lines[0] if node.lines else (topic.headings[0]["line"] if topic.headings else 1)
    if not trail or node.children or node.label:
        topic.headings.append({"line": line, "text": text})
    if not node.label and node.lines and trail:  # a topic's own words are its title, in every trail under it
        # an inline list ("Adv: cheap | Dis: slow") is as many notes as it has parts
        parts = [p.strip() for p in text.split(" | ")] if not node.children else [text]
        for part in [p for p in parts if has_words(p)] if len(parts) > 1 else [text]:
            topic.fragments.append({"id": ids.new(f"{topic.id}-{slug(part, 4)}"), "trail": list(trail),
                                    "lines": list(node.lines), "text": part})
    for child in node.children:
        _add(topic, child, [*trail, text], ids)
