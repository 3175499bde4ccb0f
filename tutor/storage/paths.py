"""Where things live: the bundled notes inside the installed package (or the
source checkout), and the student's own files in the platform's folders for
them (platformdirs: the XDG base directories on Linux, never a dot-folder in
$HOME)."""

from __future__ import annotations

from pathlib import Path

APP = "tutor"
_PACKAGE = Path(__file__).resolve().parent.parent  # the tutor package


def bundled(name: str) -> Path:
    """A folder shipped with the tutor: 'knowledge' or 'intents'.

    A wheel carries them inside the package (tutor/_bundled/...); a source
    checkout or editable install keeps them at the top of the repository.
    """
    for candidate in (_PACKAGE / "_bundled" / name, _PACKAGE.parent / name):
        if candidate.is_dir():
            return candidate
    return _PACKAGE / "_bundled" / name


def _dirs():
    """The platform's own folders for the tutor's files: the XDG base directories
    on Linux (honouring XDG_*_HOME), ~/Library on macOS, %LOCALAPPDATA% on Windows."""
    from platformdirs import PlatformDirs

    return PlatformDirs(APP, appauthor=False)


def state_dir() -> Path:
    return _dirs().user_state_path


def data_dir() -> Path:
    return _dirs().user_data_path


def cache_dir() -> Path:
    return _dirs().user_cache_path


def intents_for(notes: Path) -> Path:
    """A notes folder may bring its own intents; otherwise the bundled ones apply."""
    own = Path(notes) / "intents"
    return own if own.is_dir() else bundled("intents")


def progress_file(notes: Path) -> Path:
    """Progress is per set of notes: the bundled ones, or each imported folder."""
    import hashlib

    bundled_knowledge = bundled("knowledge").resolve()
    notes = Path(notes).resolve()
    if notes == bundled_knowledge:
        return data_dir() / "progress.json"
    digest = hashlib.sha256(str(notes).encode()).hexdigest()[:12]
    return data_dir() / f"progress-{digest}.json"
