"""The form of a line, read from its normalised words: is it a question, what
kind of fact it wants, whether "why?" asks for the reason behind the last
answer, whether "and the third article?" leans on the last question, what
"what was the X?" names.

Pure functions of a turn's words (tutor.text.normalise.raw_tokens); only
tutor.dialogue.turn calls them, once a turn.
"""

from __future__ import annotations

import re

PERSON_PRONOUNS = frozenset({"he", "him", "his", "she", "her", "hers", "himself", "herself"})
ANAPHORA = frozenset({"it", "its", "that", "this", "they", "them", "their", "those", "these", "there",
                      "then"}) | PERSON_PRONOUNS
SEQUENCE_WORDS = frozenset({"after", "afterward", "next", "then", "lead", "led", "result", "happen"})
QUESTION_WORDS = frozenset("""what when where who whom whose why how which did does do was were is are can could
would should has have had""".split())

_CONTINUATION = re.compile(r"^\s*(and|also|plus|what about|how about|but|so|ok|okay|then)\b")
_WHY = re.compile(r"\bwhy\b|\bhow come\b|\breason")
_NEXT = re.compile(r"\b(after that|afterwards|next|then what|what then|after this|"
                   r"(did|does|do) (that|this|it) lead to|what did (that|this|it) (lead to|cause)|"
                   r"what was the result)\b")
_COUNT = re.compile(r"\bhow (many|much)\b")
_DURATION = re.compile(r"\bhow (long|often)\b")
_TIME = re.compile(r"^\s*when\b|\b(what|which) (year|date|month|day|century|decade)\b|\bin what year\b")
_PERSON = re.compile(r"^\s*(who|whom|whose)\b|\bwhich (person|people|man|woman|group)\b")
_REASON = re.compile(r"^\s*(why|how come)\b|\bwhat (was|were|is|are) the (reason|reasons|cause|causes)\b")
_DEFINE = re.compile(
    r"^\s*(who|what)\s*(is|was|were|are|'s|s)\b|^\s*whos\b|^\s*whats\b|\bmean(s|ing|t)?\b|\bstand(s)? for\b"
    r"|^\s*define\b|\bdefinition\b|^\s*explain\b|^\s*tell me about\b")
_NAMED_THING = re.compile(r"^\s*(?:what|who)\s*(?:is|was|were|are|'s)\s+(the\s+|a\s+|an\s+)?(.+?)[\s?.!]*$")


def canonical(words: tuple[str, ...]) -> str:
    return " ".join(words)


def mentions_person_pronoun(words: tuple[str, ...]) -> bool:
    return any(w in PERSON_PRONOUNS for w in words)


def has_anaphora(words: tuple[str, ...]) -> bool:
    return any(w in ANAPHORA for w in words)


def asks_why_of_last(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """'why?', 'why did he do that?', 'but why' — a why with nothing new to ask about."""
    return bool(_WHY.search(canonical(words))) and len(stems) <= 1 and (has_anaphora(words) or not stems)


def leans_on_context(words: tuple[str, ...], stems: tuple[str, ...]) -> bool:
    """A short turn that points back ('it', 'and ...', 'what about ...')."""
    return len(stems) <= 3 and (has_anaphora(words) or bool(_CONTINUATION.match(canonical(words))))


def asks_what_next(words: tuple[str, ...]) -> bool:
    """'What happened to Stalin after that?': the notes' next idea in the same story."""
    return bool(_NEXT.search(canonical(words)))


_CONSEQUENCE = re.compile(r"\b(lead to|led to|result|cause|caused|effect|consequence)\b")


def asks_consequence(words: tuple[str, ...]) -> bool:
    """'What did that lead to?', 'what was the result?': what the last idea brought about."""
    return bool(_CONSEQUENCE.search(canonical(words)))


def wanted_answer(words: tuple[str, ...]) -> str:
    """The kind of fact a question needs: 'count', 'time', 'duration', 'person', or ''
    for anything ("who was X" asks what X is: a definition, not a person)."""
    text = canonical(words)
    if _COUNT.search(text):
        return "count"
    if _DURATION.search(text):
        return "duration"
    if _TIME.search(text):
        return "time"
    if _PERSON.search(text) and not _DEFINE.search(text):
        return "person"
    if _REASON.search(text):
        return "reason"
    return ""


def asks_definition(words: tuple[str, ...]) -> bool:
    """'Who was Stresemann?', 'what does GMD stand for', 'define collectivisation'."""
    return bool(_DEFINE.search(canonical(words)))


def named_thing(words: tuple[str, ...]) -> tuple[str, ...]:
    """X in "what was the X?" / "who was X?": the thing the student wants defined.

    Without an article only a name of one or two words counts: "what was Stalin
    afraid of" asks about Stalin, not about a thing called "Stalin afraid of".
    """
    match = _NAMED_THING.match(canonical(words))
    if not match:
        return ()
    thing = re.sub(r"\s+called$", "", match.group(2))
    limit = 4 if match.group(1) else 2
    return tuple(thing.split()) if len(thing.split()) <= limit else ()


def is_question(words: tuple[str, ...]) -> bool:
    """A line put as a question: it opens with a question word ("when did they
    leave", "was he afraid"). One test for every use: a question is not goodbye,
    and a question asked mid-practice may be answered on the side."""
    return bool(words) and words[0] in QUESTION_WORDS
