"""Write a knowledge folder from outlines: the same YAML as the bundled notes,
every fragment citing its source file and lines, plus follow-ups and
why-questions generated from the notes' own structure where none are authored.

The folder is written whole into a temporary folder beside the target, loaded
back with the tutor's own loader, and only then swapped into place
(tutor.notes.importers.target), so a folder import reports as written always loads
and a failed import leaves what was there before intact.
"""

from __future__ import annotations

import re
import shutil
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from tutor.notes.importers.generate import followups_for, why_questions_for
from tutor.notes.importers.outline import Entry, ImportProblem
from tutor.notes.importers.target import staging_folder, swap_in, write_manifest
from tutor.notes.loading import load_knowledge
from tutor.storage.yamlsafe import DataFileError, read_yaml
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


def topics_from(entries: list[Entry], source: str, default_title: str) -> list[TopicDraft]:
    topics: list[TopicDraft] = []
    trail: list[str] = []
    used_ids: set[str] = set()

    def unique(base: str) -> str:
        candidate, n = base, 2
        while candidate in used_ids:
            candidate, n = f"{base}-{n}", n + 1
        used_ids.add(candidate)
        return candidate

    for entry in entries:
        if entry.kind == "title" or not any(c.isalnum() for c in entry.text):
            continue  # the map's own title names the folder (about.yaml); a line of no words says nothing
        if entry.kind == "heading" and entry.level == 1 or not topics:
            text = fix_spelling(entry.text) if entry.kind == "heading" else default_title
            topics.append(TopicDraft(unique(slug(text, 4)), title_of(text), source))
            trail = [text]
            if entry.kind == "heading":
                if entry.lines:
                    topics[-1].headings.append({"line": entry.lines[0], "text": text})
                continue
            topics[-1].headings.append({"line": entry.lines[0] if entry.lines else 1, "text": text})
        topic = topics[-1]
        if entry.kind == "heading":
            text = fix_spelling(entry.text)
            trail = trail[: max(1, entry.level - 1)] + [text]
            if entry.lines:
                topic.headings.append({"line": entry.lines[0], "text": text})
            continue
        if not entry.lines:
            continue
        topic.fragments.append({"id": unique(f"{topic.id}-{slug(entry.text, 4)}"), "trail": list(trail),
                                "lines": list(entry.lines), "text": fix_spelling(entry.text)})
    kept = [t for t in topics if t.fragments]
    for topic in kept:
        known = {h["text"] for h in topic.headings}
        for frag in topic.fragments:
            frag["trail"] = [t for t in frag["trail"] if t in known] or [topic.headings[0]["text"]]
    return kept


def _dump(data, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


def write_folder(out: Path, sources: list[tuple[str, str, list[Entry]]], title: str = "") -> list[TopicDraft]:
    """Write the knowledge folder for these (file name, text, outline) sources into
    `out`, a target tutor.notes.importers.target.check_target has cleared."""
    out = Path(out)
    topics: list[TopicDraft] = []
    for name, _, entries in sources:
        drafts = topics_from(entries, f"sources/{name}", Path(name).stem.replace("-", " ").replace("_", " "))
        if not drafts:
            raise ImportProblem(f"{name}: no notes found in it")
        taken = {t.id for t in topics}
        for draft in drafts:
            while draft.id in taken:
                draft.id += "-2"
            taken.add(draft.id)
        topics.extend(drafts)
    staging = staging_folder(out)
    try:
        (staging / "sources").mkdir()
        (staging / "topics").mkdir()
        for name, text, _ in sources:
            (staging / "sources" / name).write_text(text, encoding="utf-8")
        for n, topic in enumerate(topics, 1):
            _dump({"topic": topic.id, "title": topic.title, "source": topic.source,
                   "headings": topic.headings, "fragments": topic.fragments},
                  staging / "topics" / f"{n:02d}-{topic.id}.yaml")
        _dump(followups_for(topics), staging / "followups.yaml")
        questions = why_questions_for(topics)
        if questions:
            _dump({"questions": questions}, staging / "why.yaml")
        if title:
            _dump({"title": title}, staging / "about.yaml")
        check_loads(staging)
        write_manifest(staging)
        swap_in(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    return topics


def check_loads(folder: Path) -> None:
    """Load what was written with the tutor's own loader; a problem names the
    student's file and line that the faulty note came from."""
    try:
        load_knowledge(folder)
    except DataFileError as exc:
        source, line = "your notes", None
        try:
            doc = read_yaml(Path(exc.path))
            nodes = [n for key in ("headings", "fragments") for n in doc.get(key, [])]
            before = [n for n in nodes if exc.line and n.line <= exc.line]
            node = max(before, key=lambda n: n.line) if before else None
            source = Path(doc["source"]).name
            line = (node.get("lines") or [node.get("line")])[0] if node else None
        except Exception:  # the generated file itself is unreadable: say what we can
            pass
        where = f"{source}, line {line}" if line else source
        raise ImportProblem(f"{where}: could not be imported ({exc.message}); please report this") from None
