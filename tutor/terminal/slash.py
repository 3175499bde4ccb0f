"""The REPL's slash commands, defined once: name, aliases, help, argument and
handler. The one registry drives dispatch, /help and tab completion (as
litecli's special commands do), so a command cannot exist in one and not the
others.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Any


@dataclass(frozen=True)
class SlashCommand:
    name: str
    help: str
    run: Callable[[Any, str], None]     # (the conversation, the argument typed after the name)
    aliases: tuple[str, ...] = ()
    argument: str = ""                  # "topic": takes a topic title (completed from the notes)

    @property
    def usage(self) -> str:
        return f"{self.name} [{self.argument}]" if self.argument else self.name


def _help(conversation, argument: str) -> None:
    conversation.show_help()


def _topics(conversation, argument: str) -> None:
    conversation.show_topics()


def _source(conversation, argument: str) -> None:
    conversation.show_source()


def _explain(conversation, argument: str) -> None:
    conversation.practise(argument)


def _progress(conversation, argument: str) -> None:
    conversation.show_progress()


def _quit(conversation, argument: str) -> None:
    conversation.leave()


COMMANDS = (
    SlashCommand("/help", "what I can do", _help),
    SlashCommand("/topics", "what your notes cover", _topics),
    SlashCommand("/source", "where the last answer came from", _source),
    SlashCommand("/explain", "practise explaining a topic", _explain, argument="topic"),
    SlashCommand("/progress", "how your explanations are going", _progress),
    SlashCommand("/quit", "leave", _quit, aliases=("/exit",)),
)


def find(name: str) -> SlashCommand | None:
    name = name.lower()
    return next((c for c in COMMANDS if name == c.name or name in c.aliases), None)


def names() -> list[str]:
    """Every name a command answers to, aliases included."""
    return [n for c in COMMANDS for n in (c.name, *c.aliases)]


def completions() -> dict[str, str]:
    """Each name (aliases too) with the help the completion menu shows beside it."""
    return {n: c.help for c in COMMANDS for n in (c.name, *c.aliases)}


def topic_commands() -> tuple[str, ...]:
    return tuple(n for c in COMMANDS if c.argument == "topic" for n in (c.name, *c.aliases))


def help_line() -> str:
    return ("Commands: " + ", ".join(c.usage for c in COMMANDS) + ". "
            "Tab completes them; Ctrl-C clears the line, Ctrl-D leaves.")
