"""Non-interactive sessions: when stdin is not a terminal, read one line at a
time and answer each in turn, so scripts (and tests) can drive the tutor."""

from __future__ import annotations

from typing import TextIO

from tutor.render import format_reply, use_colour
from tutor.state import ConversationState


def run_lines(tutor, stdin: TextIO, stdout: TextIO) -> int:
    state = ConversationState()
    colour = use_colour(stdout)
    for raw in stdin:
        line = raw.rstrip("\n")
        if not line.strip():
            continue
        reply = tutor.respond(line, state)
        stdout.write(format_reply(reply, colour) + "\n\n")
        stdout.flush()
        if reply.ends_session:
            break
    return 0
