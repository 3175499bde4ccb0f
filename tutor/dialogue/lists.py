"""The lists an answer is part of, for "the second one", "and after that?" and a
question that counts into a list ("what happens first in the cell cycle")."""

from __future__ import annotations

import re

from tutor.dialogue.forms import ordinal_of
from tutor.dialogue.resources import Resources
from tutor.dialogue.turn import Turn
from tutor.search.branches import Branch


def largest_list(res: Resources, listing: tuple[str, ...]) -> tuple[str, ...]:
    """Of a branch's notes, its largest set of sibling notes: after a treaty's heading and
    its three articles, 'the second one' is an article. Of two as large, the nested one
    (the terms under 'Main terms')."""
    by_trail: dict[tuple[str, ...], list[str]] = {}
    for i in listing:
        if res.is_fragment(i):
            by_trail.setdefault(res.fragment(i).trail, []).append(i)
    largest = max(by_trail.items(), key=lambda kv: (len(kv[1]), len(kv[0])), default=((), []))[1]
    return tuple(largest) if len(largest) >= 2 else listing


def counted_in(res: Resources, turn: Turn, branch: Branch) -> tuple[str, str] | None:
    """'What happens first in the cell cycle', 'what was the final stage': the question
    names a list and counts into it, so the answer is that item, in the notes' order (and
    'and after that?' goes on from it). Not when the ordinal is the notes' own word ("the
    First Five-Year Plan"), nor when the question asks how many."""
    counted = ordinal_of(turn.typed)
    if counted is None or turn.wanted == "count":
        return None
    word, index = counted
    items = largest_list(res, branch.fragment_ids)
    frags = [res.fragment(i) for i in branch.fragment_ids if res.is_fragment(i)]
    texts = [branch.heading, *(f.text for f in frags), *{h for f in frags for h in f.trail}]
    named = any(re.search(rf"\b{word}\b", t, re.I) for t in texts)
    if len(items) < 2 or named or not -len(items) <= index < len(items):
        return None
    return items[index], word
