"""The REPL's bottom line: the commands to hand, and which topic the
conversation is on, so a bare "why?" has visible context."""

from __future__ import annotations

from collections.abc import Callable

from tutor.dialogue.state import ConversationState

HINTS = "/help · /topics · /source · /quit"


def topic_title(tutor, topic_id: str) -> str:
    for topic in tutor.kb.topics:
        if topic.id == topic_id:
            return topic.title
    return ""


def make_toolbar(tutor, state: ConversationState) -> Callable[[], str]:
    """prompt_toolkit redraws the toolbar on every keystroke, so it reads the
    live state rather than a copy taken when the session started."""

    def toolbar() -> str:
        if not getattr(tutor, "ready", True):
            return f" {HINTS}   loading your notes..."
        session = state.session
        if session is not None:
            made = len(session.question.points) - len(session.missing())
            return (f" explaining: {made}/{len(session.question.points)} points"
                    "   hint · skip · I don't know · stop")
        title = topic_title(tutor, state.last_topic) if state.last_topic else ""
        return f" {HINTS}   topic: {title or '(none yet)'}"

    return toolbar
