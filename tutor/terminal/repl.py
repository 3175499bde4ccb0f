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

from tutor.dialogue.intent_replies import greeting
from tutor.terminal import slash
from tutor.terminal.completion import SlashCompleter
from tutor.terminal.conversation import Conversation, error
from tutor.terminal.history import open_history
from tutor.terminal.render import use_colour
from tutor.terminal.toolbar import make_toolbar

PROMPT = "tutor> "
WELCOME_WAIT = 0.5  # seconds the welcome waits for the notes before the prompt shows anyway


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
