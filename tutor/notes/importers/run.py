"""Import files into a knowledge folder: pick the reader by the file's kind,
refuse what cannot be read with one line naming the file, write atomically."""

from __future__ import annotations

from pathlib import Path

from tutor.notes.importers.build import write_folder
from tutor.notes.importers.coggle import CHROME, parse_coggle
from tutor.notes.importers.markdown import parse_markdown
from tutor.notes.importers.mindmap import parse_freemind, parse_opml
from tutor.notes.importers.outline import ImportProblem, Outline
from tutor.notes.importers.plain import parse_plain
from tutor.notes.importers.target import check_target

MAX_BYTES = 20 * 1024 * 1024


def read_text(path: Path) -> str:
    name = path.name
    if path.is_dir():
        raise ImportProblem(f"{name}: is a folder, not a notes file")
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ImportProblem(f"{name}: cannot be read ({exc.strerror or exc})") from None
    if not data.strip():
        raise ImportProblem(f"{name}: the file is empty")
    if len(data) > MAX_BYTES:
        raise ImportProblem(f"{name}: larger than {MAX_BYTES // (1024 * 1024)} MB; split it into smaller files")
    if b"\x00" in data[:8192]:
        raise ImportProblem(f"{name}: a binary file, not notes (export your notes as text, Markdown, OPML or .mm)")
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError as exc:
        raise ImportProblem(f"{name}: not UTF-8 text (byte {exc.start}); save it as UTF-8 and import again") from None


def detect(path: Path, text: str) -> str:
    suffix = path.suffix.lower()
    if suffix in (".md", ".markdown"):
        return "markdown"
    if suffix == ".opml":
        return "opml"
    if suffix == ".mm":
        return "freemind"
    head = "\n".join(text.splitlines()[:5])
    if CHROME.search(head) or ".coggle" in path.name.lower():
        return "coggle"
    if text.lstrip().startswith("<"):
        return "opml" if "<opml" in text[:500].lower() else "freemind"
    return "text"


def parse(path: Path, text: str, kind: str = "auto") -> Outline:
    kind = detect(path, text) if kind == "auto" else kind
    lines = text.splitlines()
    if kind == "coggle":
        outline = parse_coggle(lines)
    elif kind == "markdown":
        outline = parse_markdown(lines)
    elif kind == "opml":
        outline = parse_opml(lines, path.name)
    elif kind == "freemind":
        outline = parse_freemind(lines, path.name)
    else:
        outline = parse_plain(lines)
    if not outline.has_notes():
        raise ImportProblem(f"{path.name}: no notes found in it")
    return outline


def import_files(paths: list[Path], out: Path, kind: str = "auto"):
    """Import these notes files into the knowledge folder `out`. Where `out` is
    refused (tutor.notes.importers.target), nothing is read or written."""
    paths = [Path(p) for p in paths]
    target = check_target(Path(out), paths)
    sources, names = [], set()
    for path in paths:
        text = read_text(path)
        name = path.name
        while name in names:
            name = f"1-{name}"
        names.add(name)
        sources.append((name, text, parse(path, text, kind)))
    return write_folder(target, sources)
