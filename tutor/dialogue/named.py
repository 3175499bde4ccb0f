"""A question that names the heading its best note sits under, in its own words
otherwise: "why are sporozoans dangerous" of "Apicomplexa (sporozoans)" over "Can
cause fatal diseases". Its other words are everyday English the notes put
differently ("dangerous", "a problem"), so the note holds too little of the
question to be sure by its words alone; the heading it names makes it sure
enough. A word that is no everyday English (a name, a term) the notes never use
still sinks it: "what is a karyotype used for" names nothing of theirs."""

from __future__ import annotations

import re

from tutor.dialogue.resources import Resources
from tutor.dialogue.turn import Turn
from tutor.search.branches import Branch
from tutor.search.matching import Candidate, stems_meet
from tutor.text.normalise import content_stems, raw_tokens

LEFT_OVER = 2  # everyday words of the question a named heading may leave unsaid


def named_heading(res: Resources, turn: Turn, top: Candidate) -> Branch | None:
    """The heading over `top` whose words the question says, when the question's other
    words are everyday English, two at most; else None."""
    if top.confidence < res.settings.named_heading_floor or top.lacking or turn.wanted not in ("", "reason"):
        return None  # a question that wants a fact of a kind (who, where, when) needs a note that gives it
    asked = [s for s in dict.fromkeys(turn.query.stems) if s not in res.free_stems]
    weights = res.corpus.weights
    fragment = res.fragment(top.doc.id)
    for branch in reversed(res.branches.over(fragment)):  # the nearest heading first
        if not any(part and all(any(stems_meet(o, s) for s in asked) for o in part)
                   for part in _parts(branch.heading, res.free_stems | weights.pervasive)):
            continue
        left = [s for s in asked if not any(stems_meet(s, o) for o in branch.path_stems | top.doc.stems)]
        if len(left) <= LEFT_OVER and all(s in weights.ordinary and s not in weights.names for s in left):
            return branch
        return None
    return None


_PARTS = re.compile(r"\s*[()]\s*|\s+[-–—:]\s+")  # "Apicomplexa (sporozoans)", "Protozoans - animal like"


def _parts(heading: str, free: frozenset[str]) -> list[frozenset[str]]:
    """The stems of each part of a heading that may name it alone: a name and its gloss in
    brackets, the parts a dash sets apart; the stems every note is about left out."""
    return [frozenset(content_stems(raw_tokens(part))) - free for part in _PARTS.split(heading) if part.strip()]
