"""Non-interactive sessions: when stdin is not a terminal, read one line at a
time and answer each in turn, so scripts (and tests) can drive the tutor."""

from __future__ import annotations

import itertools
from typing import TextIO

from tutor.dialogue.state import ConversationState
from tutor.terminal.render import format_reply, use_colour


def printable(text: str) -> str:
    """Undecodable input bytes arrive as lone surrogates (surrogateescape); they
    cannot be written to a UTF-8 file or stream, so turn them into '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


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
    state = ConversationState()
    colour = use_colour(stdout)
    _tolerant(stdin, "replace")
    _tolerant(stdout, "replace")
    for raw in itertools.chain([first] if first else [], stdin):
        line = printable(raw.rstrip("\n"))
        if not line.strip():
            continue
        try:
            reply = tutor.respond(line, state)
        except Exception as exc:  # one bad line must not end a scripted session
            stdout.write(f"error: {type(exc).__name__}: {exc}\n\n")
            continue
        stdout.write(format_reply(reply, colour) + "\n\n")
        stdout.flush()
        if reply.ends_session:
            break
    return 0
