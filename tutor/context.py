"""Read a turn against the conversation so far: who "he" is, whether "and the
third article?" leans on the last question, whether "why?" asks for the reason
behind the last answer."""

from __future__ import annotations

import re

from tutor.textnorm import raw_tokens

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
ANAPHORA = frozenset({"it", "its", "that", "this", "they", "them", "their", "those", "these", "there", "then"}) | PERSON_PRONOUNS
_CONTINUATION = re.compile(r"^\s*(and|also|plus|what about|how about|but|so|ok|okay|then)\b", re.I)
_WHY = re.compile(r"\bwhy\b|\bhow come\b|\breason", re.I)


def mentions_person_pronoun(text: str) -> bool:
    return any(t in PERSON_PRONOUNS for t in raw_tokens(text))


def has_anaphora(text: str) -> bool:
    return any(t in ANAPHORA for t in raw_tokens(text))


def is_continuation(text: str) -> bool:
    return bool(_CONTINUATION.match(text))


def asks_why_of_last(text: str, stems: tuple[str, ...]) -> bool:
    """'why?', 'why did he do that?', 'but why' — a why with nothing new to ask about."""
    return bool(_WHY.search(text)) and len(stems) <= 1 and (has_anaphora(text) or not stems)


def leans_on_context(text: str, stems: tuple[str, ...]) -> bool:
    """A short turn that points back ('it', 'and ...', 'what about ...')."""
    return len(stems) <= 3 and (has_anaphora(text) or is_continuation(text))


_COUNT = re.compile(r"\bhow (many|much)\b", re.I)
_YEAR = re.compile(r"^\s*when\b|\b(what|which) (year|date)\b|\bin what year\b", re.I)


def wanted_answer(text: str) -> str:
    """The kind of fact a question needs: 'count', 'year', or '' for anything."""
    if _COUNT.search(text):
        return "count"
    if _YEAR.search(text):
        return "year"
    return ""
