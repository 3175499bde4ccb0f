"""Tab completion for the REPL: slash commands, and topic titles after /explain.

Plain questions get no completion on purpose: a pop-up while the student is
typing a sentence in their own words would only get in the way.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Mapping

from prompt_toolkit.completion import CompleteEvent, Completer, Completion
from prompt_toolkit.document import Document

from tutor.terminal import slash


class SlashCompleter(Completer):
    def __init__(self, commands: Mapping[str, str], topic_titles: Iterable[str] | Callable[[], Iterable[str]]):
        """`topic_titles` may be a callable: the titles are read when first needed,
        so the prompt need not wait for the notes to load."""
        self.commands = dict(commands)
        self._titles_source = topic_titles

    @property
    def topic_titles(self) -> tuple[str, ...]:
        source = self._titles_source
        return tuple(source() if callable(source) else source)

    def get_completions(self, document: Document, complete_event: CompleteEvent) -> Iterable[Completion]:
        text = document.text_before_cursor.lstrip()
        if not text.startswith("/"):
            return
        command, space, argument = text.partition(" ")
        if not space:
            yield from self._commands(command)
        elif command.lower() in slash.topic_commands():
            yield from self._titles(argument.lstrip())

    def _commands(self, typed: str) -> Iterable[Completion]:
        for name, meta in self.commands.items():
            if name.startswith(typed.lower()):
                yield Completion(name, start_position=-len(typed), display_meta=meta)

    def _titles(self, typed: str) -> Iterable[Completion]:
        """Prefix matches first, then titles that merely contain the words typed,
        so '/explain treaty' still finds 'Germany and the Treaty of Berlin'."""
        wanted = typed.lower()
        prefix = [t for t in self.topic_titles if t.lower().startswith(wanted)]
        inside = [t for t in self.topic_titles
                  if t not in prefix and all(w in t.lower() for w in wanted.split())]
        for title in prefix + inside:
            yield Completion(title, start_position=-len(typed))
