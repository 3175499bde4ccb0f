"""Read a turn against the conversation so far: who "he" is, whether "and the
third article?" leans on the last question, whether "why?" asks for the reason
behind the last answer."""

from __future__ import annotations

import re

from tutor.text.normalise import raw_tokens

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


SEQUENCE_WORDS = frozenset({"after", "afterward", "next", "then", "lead", "led", "result", "happen"})
_NEXT = re.compile(r"\b(after that|afterwards|next|then what|what then|after this|"
                   r"(did|does|do) (that|this|it) lead to|what did (that|this|it) (lead to|cause)|"
                   r"what was the result)\b", re.I)


def asks_what_next(text: str) -> bool:
    """'What happened to Stalin after that?': the notes' next idea in the same story."""
    return bool(_NEXT.search(text))


_COUNT = re.compile(r"\bhow (many|much)\b", re.I)
_YEAR = re.compile(r"^\s*when\b|\b(what|which) (year|date)\b|\bin what year\b", re.I)


def wanted_answer(text: str) -> str:
    """The kind of fact a question needs: 'count', 'year', or '' for anything."""
    if _COUNT.search(text):
        return "count"
    if _YEAR.search(text):
        return "year"
    return ""


_DEFINE = re.compile(
    r"^\s*(who|what)\s*(is|was|were|are|'s|s)\b|^\s*whos\b|^\s*whats\b|\bmean(s|ing|t)?\b|\bstand(s)? for\b"
    r"|^\s*define\b|\bdefinition\b|^\s*explain\b|^\s*tell me about\b", re.I)


def asks_definition(text: str) -> bool:
    """'Who was Stresemann?', 'what does GMD stand for', 'define collectivisation'."""
    return bool(_DEFINE.search(text))


_NAMED_THING = re.compile(r"^\s*(?:what|who)\s*(?:is|was|were|are|'s)\s+(the\s+|a\s+|an\s+)?(.+?)[\s?.!]*$", re.I)


def named_thing(text: str) -> str:
    """X in "what was the X?" / "who was X?": the thing the student wants defined.

    Without an article only a name of one or two words counts: "what was Stalin
    afraid of" asks about Stalin, not about a thing called "Stalin afraid of".
    """
    match = _NAMED_THING.match(text)
    if not match:
        return ""
    thing = re.sub(r"\s+called$", "", match.group(2))
    limit = 4 if match.group(1) else 2
    return thing if len(thing.split()) <= limit else ""


_QUESTION_START = re.compile(r"^\s*(what|when|where|who|whom|whose|why|how|which|did|does|do|was|were|is|are|can|could"
                             r"|would|should|has|have|had)\b", re.I)


def is_question(text: str) -> bool:
    """A line put as a question (by its first word or its question mark)."""
    return bool(_QUESTION_START.match(text)) or text.rstrip().endswith("?")
