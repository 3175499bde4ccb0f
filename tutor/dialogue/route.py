"""Route: what kind of turn a line is, when it is not part of a practice session
or a reply to "which do you mean?": a command (an intent) or a question.

A line is a command only when it is one: nothing left over that the notes could
be asked about ("help me with quadratic equations" is a question).
"""

from __future__ import annotations

from tutor.dialogue.resources import Resources, asked_stems
from tutor.dialogue.turn import Turn
from tutor.text.normalise import stem

CONVERSATIONAL = ("quit", "greet", "thanks", "acknowledge")   # never what a question means ("when did they leave?")


def intent_of(res: Resources, turn: Turn) -> tuple[str, str]:
    """(intent, why). Intents are tried best first; one whose examples do not
    account for every content word gives way to the next."""
    matches = res.intents.match_words(turn.words)
    question = next((m.score for m in matches if m.name == "question"), 0.0)
    for match in matches:
        if match.name == "question" or match.score < res.settings.intent_min or question >= match.score - 0.03:
            return "question", (f"nearest intent '{match.name}' at {match.score:.2f}"
                                if match.name != "question" else f"reads as a question ({match.score:.2f})")
        if turn.is_question and match.name in CONVERSATIONAL:
            continue
        if turn.person_pronoun and match.name != "explain":
            continue  # "what happened to her", "what did he do" ask about someone: not 'more', not 'help'
        if match.name == "explain":
            if not _asks_to_practise(res, turn) and (turn.is_question or _names_the_notes(res, turn)):
                continue  # "what does his policy show he cared about?", "restrictions on deadlock avoidance":
                # asked about, however near 'quiz me'
            return match.name, f"asks to practise ({match.score:.2f})"
        vocabulary = res.intent_stems[match.name]
        if not turn.query.entities and all(s in vocabulary for s in asked_stems(turn.query)):
            return match.name, f"intent '{match.name}' at {match.score:.2f}, every word one of its examples'"
    return "question", "no intent accounts for every word"


def _names_the_notes(res: Resources, turn: Turn) -> bool:
    """Whether the line holds a word of the notes that no practice example uses."""
    own = res.intent_stems["explain"]
    return any(res.corpus.index.idf(s) is not None and s not in own for s in turn.query.stems)


def _asks_to_practise(res: Resources, turn: Turn) -> bool:
    """A question, or a line naming what the notes hold, asks to practise only with a
    word no other intent uses ("can you test me", "quiz me on china") or with nothing
    but the practice examples' words ("can you ask me a question"). "Explain" alone
    asks for an answer: "explain why he did it"."""
    own = res.intent_stems["explain"]
    others = frozenset().union(*(v for name, v in res.intent_stems.items() if name != "explain"))
    telling = own - others - {stem("explain")}
    stems = set(turn.query.stems)
    return bool(stems & telling - _after_in(turn.words)) or (bool(stems) and stems <= own)


def _after_in(words: tuple[str, ...]) -> set[str]:
    """Stems of words that follow "in" ("what did it mean in practice?", "in the test"):
    where something is or happens, never a request to do it."""
    return {stem(w) for i, w in enumerate(words)
            if i and (words[i - 1] == "in" or (words[i - 1] == "the" and i > 1 and words[i - 2] == "in"))}
