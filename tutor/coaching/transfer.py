"""Who gave and who received: "The USSR received credits from German banks" is turned round
by "the USSR lent money to German banks", whatever the words for the money. A small English
table of verbs of giving and of receiving, and where the two sides stand around them:
"X received ... from Y" and "X gave ... to Y". Used by tutor.coaching.grading.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.search.matching import stems_meet
from tutor.text.lexicon import STOPWORDS
from tutor.text.normalise import raw_tokens, stem

GIVING = frozenset(stem(w) for w in "give gave given lend lent loan send sent pay paid provide grant offer "
                                    "supply supplied donate hand".split())
RECEIVING = frozenset(stem(w) for w in "receive get got gotten borrow obtain accept gain take took taken".split())


@dataclass(frozen=True)
class Transfer:
    giver: frozenset[str]     # stems of the side that gives ("german", "bank")
    receiver: frozenset[str]  # ... and of the side that receives ("ussr")


def _sides(words: list[str]) -> Transfer | None:
    """The giver and receiver of the first verb of giving or receiving in these words:
    the words before it are the one who does it, those after "to" (giving) or "from"
    (receiving) the other side. None without such a verb, or without both sides."""
    stems = [stem(w) for w in words]
    for i, s in enumerate(stems):
        if s not in GIVING and s not in RECEIVING:
            continue
        marker = "to" if s in GIVING else "from"
        before = frozenset(x for w, x in zip(words[:i], stems[:i]) if w not in STOPWORDS and not w.isdigit())
        if marker not in words[i + 1:]:
            return None
        j = words.index(marker, i + 1)
        after = frozenset(x for w, x in zip(words[j + 1:], stems[j + 1:]) if w not in STOPWORDS and not w.isdigit())
        if not before or not after:
            return None
        return Transfer(before, after) if s in GIVING else Transfer(after, before)
    return None


def transfer_of(text: str) -> Transfer | None:
    return _sides(raw_tokens(text))


def _meets(a: frozenset[str], b: frozenset[str]) -> bool:
    """Some stem of one side is a stem of the other ("germani", "german")."""
    return any(stems_meet(x, y) for x in a for y in b)


def turned_round(point: Transfer | None, text: str) -> bool:
    """The words say the point's transfer the other way round: its receiver gives to its
    giver ("the USSR lent money to German banks"), or its giver receives from its receiver."""
    said = transfer_of(text)
    if point is None or said is None:
        return False
    return _meets(said.giver, point.receiver) and _meets(said.receiver, point.giver) and not (
        _meets(said.giver, point.giver))
