"""The student's own imported notes, kept in the XDG data folder: add, list,
and which set is the default when no --notes is given."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from tutor import paths
from tutor.importers.outline import ImportProblem

BUNDLED = "bundled"


def library() -> Path:
    return paths.data_dir() / "notes"


def _default_file() -> Path:
    return paths.data_dir() / "default-notes"


def default_notes() -> Path | None:
    """The folder chosen with 'tutor notes add/use', if it still exists."""
    try:
        name = _default_file().read_text(encoding="utf-8").strip()
    except OSError:
        return None
    folder = library() / name
    return folder if name and name != BUNDLED and (folder / "topics").is_dir() else None


def _set_default(name: str) -> None:
    target = _default_file()
    target.parent.mkdir(parents=True, exist_ok=True)
    handle, tmp = tempfile.mkstemp(dir=target.parent, prefix=".default-")
    with os.fdopen(handle, "w", encoding="utf-8") as out:
        out.write(name + "\n")
    os.replace(tmp, target)


def names() -> list[str]:
    folder = library()
    return sorted(p.name for p in folder.iterdir() if (p / "topics").is_dir()) if folder.is_dir() else []


def run(args) -> str:
    from tutor.importers.run import import_files

    if args.notes_command == "add":
        name = args.name or re.sub(r"[^A-Za-z0-9_-]+", "-", Path(args.files[0]).stem).strip("-") or "notes"
        topics = import_files(args.files, library() / name, args.format)
        _set_default(name)
        count = sum(len(t.fragments) for t in topics)
        return f"Imported {count} notes in {len(topics)} topics as '{name}', now your default notes."
    if args.notes_command == "use":
        if args.name != BUNDLED and args.name not in names():
            raise ImportProblem(f"{args.name}: no such notes; 'tutor notes list' shows them")
        _set_default(args.name)
        return f"Now using '{args.name}'."
    current = default_notes()
    rows = [f"{'*' if current is None else ' '} {BUNDLED} (the notes that come with tutor)"]
    rows += [f"{'*' if current and current.name == n else ' '} {n}  ({library() / n})" for n in names()]
    return "\n".join(rows)
