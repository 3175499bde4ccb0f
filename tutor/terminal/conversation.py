"""One student's conversation at a terminal, whether typed at the REPL's prompt or
read line by line from a script: plain lines go to the engine, "/" lines are
the slash commands (tutor.terminal.slash), and every way out ends it the same
way. It prints; it never imports prompt_toolkit."""

from __future__ import annotations

import sys
from typing import TextIO

from tutor.dialogue.intent_replies import help_text, reply_for, topics_text
from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState
from tutor.terminal import slash
from tutor.terminal.render import format_reply

QUIT_WORDS = {"quit", "exit"}


def printable(text: str) -> str:
    """Undecodable input bytes arrive as lone surrogates (surrogateescape); they
    cannot be written to a UTF-8 file or stream, so turn them into '?'."""
    return text.encode("utf-8", "replace").decode("utf-8")


def error(message: str, out: TextIO | None = None) -> None:
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    print(file=out or sys.stdout)


class Conversation:
    """One student's session: the state the engine reads, and whether it is over."""

    def __init__(self, tutor, colour: bool, out: TextIO | None = None):
        self.tutor = tutor
        self.colour = colour
        self.out = out  # None: sys.stdout as it is when printing (the REPL patches it)
        self.state = ConversationState()
        self.farewell: Reply | None = None
        self.over = False

    def handle(self, line: str) -> None:
        """One entry at the prompt; several pasted lines are answered one by one."""
        for part in printable(line).splitlines():
            if self.over:
                break
            self.handle_line(part)

    def handle_line(self, line: str) -> None:
        text = line.strip()
        if not text:
            return
        if text.lower() in QUIT_WORDS:
            self.leave()
        elif text.startswith("/"):
            self.command(text)
        else:
            self.ask(text)

    def ask(self, text: str) -> None:
        reply = self.tutor.respond(text, self.state)
        if reply.ends_session:
            self.leave(reply)
        else:
            self.show(format_reply(reply, self.colour))

    def command(self, text: str) -> None:
        name, _, argument = text.partition(" ")
        command = slash.find(name)
        if command is None:
            error(f"unknown command {name.lower()}; the commands are {', '.join(slash.names())}", self.out)
        else:
            command.run(self, argument.strip())

    def show_help(self) -> None:
        self.show(f"{help_text(self.tutor.kb)}\n\n{slash.help_line()}")

    def show_topics(self) -> None:
        self.show(topics_text(self.tutor.kb))

    def show_source(self) -> None:
        self.show(format_reply(reply_for(self.tutor.resources, "source", self.state), self.colour))

    def practise(self, topic: str) -> None:
        self.state.session = None  # a new session replaces one under way
        self.ask(f"test me on {topic}" if topic else "test me")

    def show_progress(self) -> None:
        from tutor.coaching.report import progress_text

        store = self.tutor.progress
        self.show(progress_text(self.tutor.kb, store.load() if store else {}))

    def leave(self, reply: Reply | None = None) -> None:
        """Every way out comes here; the goodbye itself is printed once, by goodbye()."""
        self.farewell = reply
        self.over = True

    def goodbye(self) -> None:
        reply = self.farewell
        if reply is None:
            try:
                reply = reply_for(self.tutor.resources, "quit", self.state)
            except Exception:  # the goodbye must not fail because the intents did
                reply = Reply("intent", "Goodbye!", "quit", ends_session=True)
        print(format_reply(reply, self.colour), file=self.out or sys.stdout)

    def show(self, text: str) -> None:
        out = self.out or sys.stdout
        print(text, file=out)
        print(file=out)
        out.flush()
