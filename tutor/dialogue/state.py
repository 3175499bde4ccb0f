"""The conversation so far: what a follow-up like "why did he do that?" refers to.

One ConversationState belongs to one conversation; the engine reads and updates
it on each turn, and front ends simply keep it between turns.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from tutor.coaching.coach import ExplainSession


@dataclass
class ConversationState:
    last_stems: tuple[str, ...] = ()
    last_char_text: str = ""
    last_topic: str = ""
    last_doc_ids: tuple[str, ...] = ()          # what the last answer showed
    shown: set[str] = field(default_factory=set)  # everything shown since the question changed
    last_persons: tuple[str, ...] = ()          # people named in the last answer, most salient first
    last_people: tuple[str, ...] = ()           # the words naming them, where the notes have no glossary entry
    pending_options: tuple[str, ...] = ()       # document ids offered by a clarify reply
    asked_followups: set[str] = field(default_factory=set)
    session: ExplainSession | None = None       # an explain-why session under way
    turns: int = 0
    last_list: tuple[str, ...] = ()             # the list the last answer was part of, in the notes' order
    last_item: int = -1                         # where in it the last answer ended ("the next one" follows it)
    last_declined: bool = False                 # the last question was about something the notes do not cover
    last_question: str = ""                     # the last question's words, for "what about X?" to ask again

    @property
    def has_answer(self) -> bool:
        return bool(self.last_doc_ids)
