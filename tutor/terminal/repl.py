"""The interactive session: a prompt_toolkit REPL in the manner of litecli/pgcli.

A revision session should never be lost to a slip: Ctrl-C only clears the
line, an error inside the engine is reported in one line and the loop goes on,
and every way out (/quit, "quit", "bye", Ctrl-D) says goodbye the same way.
"""

from __future__ import annotations

import sys
from concurrent.futures import ThreadPoolExecutor, wait

from prompt_toolkit import PromptSession
from prompt_toolkit.auto_suggest import AutoSuggestFromHistory

from tutor.dialogue.intent_replies import greeting, help_text, reply_for, topics_text
from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState
from tutor.terminal import slash
from tutor.terminal.completion import SlashCompleter
from tutor.terminal.history import open_history
from tutor.terminal.lines import printable
from tutor.terminal.render import format_reply, use_colour
from tutor.terminal.toolbar import make_toolbar

PROMPT = "tutor> "
WELCOME_WAIT = 0.5  # seconds the welcome waits for the notes before the prompt shows anyway
QUIT_WORDS = {"quit", "exit"}


class Conversation:
    """One student's session: the state the engine reads, and whether it is over."""

    def __init__(self, tutor, colour: bool):
        self.tutor = tutor
        self.colour = colour
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
            error(f"unknown command {name.lower()}; the commands are {', '.join(slash.names())}")
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
        print(format_reply(reply, self.colour))

    def show(self, text: str) -> None:
        print(text)
        print()


def error(message: str) -> None:
    print("error: " + " ".join(str(message).split()), file=sys.stderr)
    print()


class Deferred:
    """The tutor as it loads in the background: the prompt is up at once, and the
    first line that needs the notes waits for them (a cold start takes a second)."""

    def __init__(self, load):
        self._future = ThreadPoolExecutor(max_workers=1, thread_name_prefix="load-notes").submit(load)

    @property
    def ready(self) -> bool:
        return self._future.done()

    def wait(self, timeout: float) -> None:
        wait([self._future], timeout=timeout)

    def when_ready(self, callback) -> None:
        """Call `callback` (from the loading thread) once the notes are loaded or have failed."""
        self._future.add_done_callback(lambda _: callback())

    def failed(self) -> bool:
        return self._future.exception() is not None

    def report_failure(self) -> int:
        """Notes that cannot be loaded end the session with the one-line error and exit 2."""
        print(f"tutor: error: {self._future.exception()}", file=sys.stderr)
        return 2

    def __getattr__(self, name):
        return getattr(self._future.result(), name)


def run_repl(tutor, first: str = "") -> int:
    """`tutor` is a Tutor, or a callable that loads one (then loaded in the background)."""
    if callable(tutor):
        tutor = Deferred(tutor)
        tutor.wait(WELCOME_WAIT)
        if tutor.ready and tutor.failed():
            return tutor.report_failure()
    conversation = Conversation(tutor, use_colour(sys.stdout))
    history = open_history()
    loaded = not isinstance(tutor, Deferred) or tutor.ready
    session: PromptSession[str] = PromptSession(
        history=history,
        auto_suggest=AutoSuggestFromHistory(),
        completer=SlashCompleter(slash.completions(), lambda: [t.title for t in tutor.kb.topics]
                                 if not isinstance(tutor, Deferred) or tutor.ready else []),
        complete_while_typing=True,
        bottom_toolbar=make_toolbar(tutor, conversation.state),
    )
    if loaded:
        print(greeting(tutor.kb))
    else:
        print("Tutor: your notes are loading. Ask a question in your own words; /help for commands, /quit to leave.")
        # the toolbar says "loading" until then; redraw it the moment they are in
        tutor.when_ready(lambda: session.app.invalidate())
    print()
    if first:
        conversation.handle(first)
    while not conversation.over:
        try:
            line = session.prompt(PROMPT)
        except KeyboardInterrupt:
            continue
        except EOFError:
            conversation.leave()
            break
        if isinstance(tutor, Deferred) and tutor.failed():
            return tutor.report_failure()
        try:
            conversation.handle(line)
        except KeyboardInterrupt:
            print("(interrupted)")
            print()
        except Exception as exc:  # a bug in answering one line must not end the session
            error(f"{type(exc).__name__}: {exc}" if str(exc) else type(exc).__name__)
    conversation.goodbye()
    return 0
