"""Non-interactive sessions: when stdin is not a terminal, read one line at a
time and answer each in turn, so scripts (and tests) can drive the tutor: the
same conversation as at the prompt, slash commands included."""

from __future__ import annotations

import itertools
from typing import TextIO

from tutor.terminal.conversation import Conversation, printable
from tutor.terminal.render import use_colour


def _tolerant(stream: TextIO, errors: str) -> None:
    """A stray byte that is not UTF-8 (a pasted file, a Latin-1 terminal) must
    not end the session, so decode and encode with replacement, not strictly."""
    reconfigure = getattr(stream, "reconfigure", None)
    if reconfigure is not None:
        try:
            reconfigure(errors=errors)
        except (ValueError, OSError):
            pass


def run_lines(tutor, stdin: TextIO, stdout: TextIO, first: str = "") -> int:
    conversation = Conversation(tutor, use_colour(stdout), out=stdout)
    _tolerant(stdin, "replace")
    _tolerant(stdout, "replace")
    for raw in itertools.chain([first] if first else [], stdin):
        line = printable(raw.rstrip("\n"))
        try:
            conversation.handle_line(line)
        except Exception as exc:  # one bad line must not end a scripted session
            stdout.write(f"error: {type(exc).__name__}: {exc}\n\n")
            continue
        if conversation.over:
            conversation.goodbye()
            break
    stdout.flush()
    return 0
