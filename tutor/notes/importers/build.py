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
from pathlib import Path

import yaml

from tutor.notes.importers.drafts import TopicDraft, topics_from
from tutor.notes.importers.generate import followups_for, why_questions_for
from tutor.notes.importers.outline import ImportProblem, Outline
from tutor.notes.importers.target import staging_folder, swap_in, write_manifest
from tutor.notes.loading import load_knowledge
from tutor.storage.yamlsafe import DataFileError, read_yaml


def _dump(data, path: Path) -> None:
    path.write_text(yaml.safe_dump(data, sort_keys=False, allow_unicode=True, width=1000), encoding="utf-8")


# Punctuation a file name cannot hold, as note apps spell it there ("Haiti~COMMA_2010")
FILE_NAME_ESCAPES = {"COMMA": ",", "COLON": ":", "SEMICOLON": ";", "SLASH": "/", "BACKSLASH": "\\",
                     "QUESTION": "?", "QUESTIONMARK": "?", "ASTERISK": "*", "PIPE": "|", "QUOTE": '"',
                     "LT": "<", "GT": ">", "PERIOD": ".", "DOT": "."}
_ESCAPE = re.compile(r"~(" + "|".join(FILE_NAME_ESCAPES) + r")(?![A-Za-z])")


def title_of_file(name: str) -> str:
    """A topic title from a file name: its escapes read back, '_' and '-' as spaces
    ("3_LEDC_-_Haiti~COMMA_2010.md" is "3 LEDC Haiti, 2010")."""
    stem = _ESCAPE.sub(lambda m: FILE_NAME_ESCAPES[m.group(1)] + " ", Path(name).stem)
    words = stem.replace("_", " ").replace(" - ", " ").replace("-", " ").split()
    return re.sub(r"\s+([,:;?.])", r"\1", " ".join(words))


def write_folder(out: Path, sources: list[tuple[str, str, Outline]]) -> list[TopicDraft]:
    """Write the knowledge folder for these (file name, text, outline) sources into
    `out`, a target tutor.notes.importers.target.check_target has cleared. Several
    files are a topic each; one file's topics are its top headings or nodes."""
    out = Path(out)
    topics: list[TopicDraft] = []
    taken: set[str] = set()
    for name, _, outline in sources:
        stem = title_of_file(name)
        drafts = topics_from(outline, f"sources/{name}", stem, whole_file=len(sources) > 1, taken=taken)
        if not drafts:
            raise ImportProblem(f"{name}: no notes found in it")
        topics.extend(drafts)
    title = sources[0][2].title if len(sources) == 1 else ""
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
