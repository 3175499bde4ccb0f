"""Where the REPL keeps what the student typed between sessions.

History is a convenience, never a reason to stop a revision session: when the
state folder cannot be created or written, the REPL keeps history in memory
and says so once.
"""

from __future__ import annotations

import sys
from pathlib import Path

from prompt_toolkit.history import FileHistory, History, InMemoryHistory

from tutor.storage import paths
from tutor.terminal.conversation import printable


class SafeFileHistory(FileHistory):
    """A FileHistory that warns instead of raising when the disk lets it down mid-session."""

    def __init__(self, filename: Path):
        super().__init__(filename)
        self._warned = False

    def load_history_strings(self):
        try:
            return list(super().load_history_strings())
        except OSError as exc:
            self._warn(exc)
            return []

    def store_string(self, string: str) -> None:
        try:
            super().store_string(printable(string))
        except OSError as exc:
            self._warn(exc)

    def _warn(self, exc: OSError) -> None:
        if not self._warned:
            self._warned = True
            print(f"warning: could not use the history file {self.filename!s} ({exc.strerror or exc})",
                  file=sys.stderr)


def open_history() -> History:
    """The history file under the XDG state folder, or in-memory history if it is unusable."""
    folder = paths.state_dir()
    path = folder / "history"
    try:
        folder.mkdir(parents=True, exist_ok=True)
        with open(path, "ab"):
            pass
    except OSError as exc:
        print(f"warning: cannot keep history in {folder} ({exc.strerror or exc}); "
              "it will last for this session only", file=sys.stderr)
        return InMemoryHistory()
    return SafeFileHistory(path)
