"""Show a Reply in a terminal: the answer, a dim source line, the follow-up.

Colour is used only when writing to a terminal and never when NO_COLOR is set
(https://no-color.org), so piped output and logs stay plain text.
"""

from __future__ import annotations

import os
from typing import TextIO

from tutor.dialogue.reply import Reply

DIM, BOLD, CYAN, YELLOW, RESET = "\033[2m", "\033[1m", "\033[36m", "\033[33m", "\033[0m"


def use_colour(stream: TextIO) -> bool:
    if "NO_COLOR" in os.environ:
        return False
    try:
        return stream.isatty()
    except (AttributeError, ValueError):
        return False


def format_reply(reply: Reply, colour: bool = False, trace: bool = False) -> str:
    """The reply as the terminal shows it; with `trace`, why it is what it is, after it.
    A line that asked several questions gets each answer with its own sources."""
    if reply.parts:
        return "\n\n".join(f"{n}. " + format_reply(part, colour, trace) for n, part in enumerate(reply.parts, 1))
    def paint(code: str, text: str) -> str:
        return f"{code}{text}{RESET}" if colour else text

    lines = []
    if reply.corrections:
        fixes = ", ".join(f"'{a}' as '{b}'" for a, b in reply.corrections)
        lines.append(paint(DIM, f"(I read {fixes})"))
    lines.append(reply.answer)
    for source in reply.sources:
        if reply.intent != "source":
            lines.append(paint(DIM, "  " + source.label()))
    for question in reply.followups:
        lines.append(paint(CYAN, "→ " + question))
    if trace and reply.trace is not None:
        lines.append("")
        lines.extend(paint(DIM, line) for line in reply.trace.lines())
    return "\n".join(lines)
