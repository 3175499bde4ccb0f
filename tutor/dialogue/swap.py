"""'What about Stalin?' after 'who did Trotsky support in China': the last question
asked again with the new name (or year, or 'before' for 'after') in place of the
one it had, as a teacher hears it.

A pure function of the two lines and a test of what a word names; the dialogue
reads the swapped line as a question of its own. Without a counterpart of the
same kind in the last question there is no swap, and the line is read as before
(a follow-up that leans on the last question).
"""

from __future__ import annotations

import re
from collections.abc import Callable

_ABOUT = re.compile(r"^\s*(?:and\s+|but\s+|so\s+|ok\s+|okay\s+)?(?:what|how)\s+about\s+(?:the\s+)?(.+?)[\s?.!]*$",
                    re.I)
_WHEN = r"before|after|during|in|by|until|till|since|from|around"
_TIME = re.compile(rf"^(?:({_WHEN})(?:\s+|$))?(\d{{4}}s?)?$")
_TIME_IN = re.compile(rf"\b(?:({_WHEN})\s+)?(\d{{4}}s?)\b|\b(before|after)\b", re.I)
_WORD = re.compile(r"[\w'’-]+")
# "and before that?" after "what was the Comintern like after 1929": before 1929
_STEP_IN_TIME = re.compile(r"^\s*(?:and\s+|but\s+|so\s+|ok\s+|okay\s+)?(?:what\s+about\s+)?(before|after)"
                           r"(?:\s+(?:that|then|it))?[\s?.!]*$", re.I)

Kind = Callable[[str], str]   # a word -> 'person', 'organisation', 'name', 'role' (a word for people) or ''


def about(line: str) -> str:
    """What 'what about X?' asks about ('X'), or ''."""
    match = _ABOUT.match(line)
    return match.group(1).strip() if match else ""


def swapped(last: str, line: str, kind: Kind) -> str:
    """The last question with the thing `line` asks about in place of its counterpart
    there: a year or a 'before'/'after' for a time, a name for a name, a word for
    people for a word for people. '' when there is none, or nothing changes."""
    new = about(line)
    step = _STEP_IN_TIME.match(line)
    if step and last and _TIME_IN.search(last):
        return _swap_time(last, step.group(1).lower(), "")
    if not new or not last:
        return ""
    time = _TIME.match(new.lower())
    if time and (time.group(1) or time.group(2)):
        return _swap_time(last, time.group(1) or "", time.group(2) or "")
    words = _WORD.findall(new)
    kinds = {kind(w.lower()) for w in words}
    if len(words) > 3 or len(kinds) != 1 or "" in kinds:
        return ""
    run = _first_run(last, kinds.pop(), kind)
    if run is None or last[run[0]:run[1]].lower() == new.lower():
        return ""
    return last[:run[0]] + new + last[run[1]:]


def _swap_time(last: str, when: str, year: str) -> str:
    match = next(_TIME_IN.finditer(last), None)
    if match is None:
        return ""
    if match.group(3):   # "after" alone: "before" takes its place, a year with it
        start, end, old_when, old_year = match.start(3), match.end(3), match.group(3), ""
    else:
        start, end = match.start(), match.end()
        old_when, old_year = match.group(1) or "", match.group(2)
    text = " ".join(p for p in (when or old_when, year or old_year) if p)
    if text.lower() == last[start:end].lower():
        return ""
    return last[:start] + text + last[end:]


def _first_run(text: str, wanted: str, kind: Kind) -> tuple[int, int] | None:
    """Where the first run of words of this kind is in `text` ("Gustav Stresemann")."""
    start = end = None
    for match in _WORD.finditer(text):
        if kind(match.group().lower()) == wanted:
            start = match.start() if start is None else start
            end = match.end()
        elif start is not None:
            break
    return (start, end) if start is not None and end is not None else None


_LEAD = frozenset({"and", "also", "but", "so", "ok", "okay", "then"})


def parallel(last: str, line: str, kind: Kind) -> str:
    """'What did Stalin want?' after 'what did Trotsky want in China': the last question's
    own words, one name changed for another, stopping short; the rest ("in China") goes
    without saying, as it does in speech. The last question with the new name in place,
    or '' when the line is no such echo of it."""
    said = [w.lower() for w in _WORD.findall(line)]
    while said and said[0] in _LEAD:
        said = said[1:]
    asked = [w.lower() for w in _WORD.findall(last)]
    if len(said) < 3 or len(said) >= len(asked):
        return ""
    differ = [i for i, (a, b) in enumerate(zip(said, asked)) if a != b]
    named = kind(said[differ[0]]) if len(differ) == 1 else ""
    if not named or named == "role" or kind(asked[differ[0]]) != named:
        return ""  # a name for a name of the same kind: a person for a person ("Stalin" for "Trotsky")
    rest = asked[len(said):]
    if said[differ[0]] in rest:
        return ""  # "what did the CCP do" after "what did the GMD do to the CCP": no echo of it
    return " ".join(said + rest)


Group = Callable[[str], str]  # a phrase -> the heading its notes sit under, when it is a heading itself, or ''


def swapped_term(last: str, line: str, group: Group) -> str:
    """'What about active transport?' after 'does diffusion need energy': the last
    question with the thing asked about in place of a thing of the same list of
    headings ("Diffusion", "Osmosis", "Active transport" under one heading). ''
    when the thing is no heading, or the last question names none beside it."""
    new = about(line)
    if not new or not last:
        return ""
    kin = group(new.lower())
    if not kin:
        return ""
    words = list(_WORD.finditer(last))
    for size in (3, 2, 1):
        for i in range(len(words) - size + 1):
            start, end = words[i].start(), words[i + size - 1].end()
            phrase = last[start:end].lower()
            if phrase != new.lower() and group(phrase) == kin:
                return last[:start] + new + last[end:]
    return ""
