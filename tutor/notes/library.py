"""The student's own imported notes, kept in the XDG data folder: add, list,
and which set is the default when no --notes is given."""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

from tutor.notes.importers.outline import ImportProblem
from tutor.storage import paths

BUNDLED = "bundled"


def library() -> Path:
    return paths.data_dir() / "notes"


def _default_file() -> Path:
    return paths.data_dir() / "default-notes"


def default_notes() -> Path | None:
    """The folder chosen with 'tutor notes add/use', or None for the bundled notes.
    A chosen folder that has gone is an error, never a quiet return to the bundled notes."""
    name = _chosen()
    if not name:
        return None
    folder = library() / name
    if not (folder / "topics").is_dir():
        raise ImportProblem(f"your default notes '{name}' are missing from {library()}; "
                            "'tutor notes list' shows what is there, 'tutor notes use bundled' goes back")
    return folder


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


_NAME = re.compile(r"^[A-Za-z0-9][A-Za-z0-9_-]*$")


def _chosen() -> str:
    """The name 'tutor notes add/use' last chose ('' for the bundled notes)."""
    try:
        name = _default_file().read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""
    except (OSError, UnicodeDecodeError) as exc:
        raise ImportProblem(f"cannot read which notes are your default: {_default_file()} ({exc})") from None
    return "" if name == BUNDLED else name


def run(args) -> str:
    from tutor.notes.importers.run import import_files  # only 'notes add' needs the importers (start-up time)

    if args.notes_command == "add":
        name = args.name or re.sub(r"[^A-Za-z0-9_-]+", "-", Path(args.files[0]).stem).strip("-_") or "notes"
        if not _NAME.match(name) or name == BUNDLED:
            raise ImportProblem(f"--name {name!r}: use letters, digits, '-' and '_' only (and not '{BUNDLED}')")
        topics = import_files(args.files, library() / name, args.format)
        _set_default(name)
        count = sum(len(t.fragments) for t in topics)
        return f"{imported(count, len(topics))} as '{name}', now your default notes."
    if args.notes_command == "use":
        if args.name != BUNDLED and args.name not in names():
            raise ImportProblem(f"{args.name}: no such notes; 'tutor notes list' shows them")
        _set_default(args.name)
        return f"Now using '{args.name}'."
    chosen, present = _chosen(), names()
    rows = [f"{' ' if chosen else '*'} {BUNDLED} (the notes that come with tutor)"]
    rows += [f"{'*' if chosen == n else ' '} {n}  ({library() / n})" for n in present]
    if chosen and chosen not in present:
        rows.append(f"* {chosen}  (missing: 'tutor notes use NAME' chooses others)")
    return "\n".join(rows)


def imported(notes: int, topics: int) -> str:
    """'Imported 1 note in 1 topic', 'Imported 42 notes in 5 topics'."""
    return f"Imported {notes} note{'' if notes == 1 else 's'} in {topics} topic{'' if topics == 1 else 's'}"
