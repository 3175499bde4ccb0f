"""Whether an answer gives the kind of fact a question asks for: a year, a date, a
person, a length of time. A note may give it itself, or by the heading over it
("## Treaty of Rapallo 1922"); a heading the question names may have no note
that gives it ("who discovered stem cells" over "Types of stem cell"). Read by
tutor.dialogue.decide before it answers."""

from __future__ import annotations

import re
from dataclasses import replace

from tutor.dialogue.forms import counted_noun
from tutor.dialogue.resources import Resources
from tutor.dialogue.retrieve import asked_names
from tutor.dialogue.turn import Turn
from tutor.search.branches import Branch
from tutor.search.matching import Candidate, lacks_wanted, matched_stems
from tutor.text.lexicon import AMOUNT_VERBS, STOPWORDS
from tutor.text.normalise import raw_tokens, stem
from tutor.text.phrasal import PARTICLES, can_be_verb

_YEARS = re.compile(r"\b(1[0-9]{3}|20[0-9]{2})(?:s\b|\s*[-–]\s*(\d{4}|\d{2})\b)?")
_RELATIVE = frozenset({"before", "after", "since", "until", "till", "by", "from", "between", "around", "pre", "post",
                       "circa", "c", "to", "and"})


def years_of(text: str) -> set[int]:
    """The years a text names, a range or a decade as every year in it ("1923-29",
    "the 1920s")."""
    out: set[int] = set()
    for m in _YEARS.finditer(text):
        start = int(m.group(1))
        end = start + 9 if m.group(0).endswith("s") else start
        if m.group(2):
            end = int(m.group(2)) if len(m.group(2)) == 4 else start // 100 * 100 + int(m.group(2))
        out.update(range(start, max(start, end) + 1))
    return out


def own_years(words: tuple[str, ...] | list[str]) -> list[int]:
    """The years words name as their own ("Haiti, 2010", "in 1919"); a year after
    "before", "after", "since"... bounds a time, and is not one."""
    return [int(w) for i, w in enumerate(words) if len(w) == 4 and w.isdigit() and 1000 <= int(w) <= 2099
            and not (i and words[i - 1] in _RELATIVE)]


def other_years(res: Resources, turn: Turn, doc_ids: list[str]) -> int:
    """A year the question asks about ("in 1919") that the notes chosen do not name
    while they name others: they speak of another time; 0 when there is none. A
    year after "before", "after", "since"... bounds a time, and is not one."""
    asked = own_years(turn.words)
    if not asked:
        return 0
    held: set[int] = set()
    for doc_id in doc_ids:
        frag = res.fragment(doc_id)
        held |= years_of(" ".join((frag.text, *frag.trail)))
    return next((y for y in asked if held and y not in held), 0)


def dated_heading(res: Resources, turn: Turn, ranked: list[Candidate]) -> Candidate | None:
    """'When was the Treaty of Rapallo', of notes under '## Treaty of Rapallo 1922': the
    heading, with the note under it, says all the question names, and the heading gives
    the date it asks for, so the note answers (shown with it). Only when every word asked
    is there: "when did WW2 start" is not answered by a note under "Hyperinflation 1923";
    and only by a year of the heading's own, not one that bounds a time ("What was the
    Comintern like after 1929?" does not say when a thing in it was done)."""
    if turn.wanted not in ("time", "date"):
        return None
    asked = [s for s in dict.fromkeys(turn.query.stems) if s not in res.free_stems and not s.isdigit()]
    for candidate in ranked[:3]:
        for heading in res.fragment(candidate.doc.id).trail if asked and candidate.lacking else ():
            if not own_years(raw_tokens(heading)):
                continue
            held = frozenset(res.corpus.analyzer.analyse(heading, correct=False).stems)
            if all(s in held or s in candidate.doc.own for s in asked):
                return candidate
    return None


BRANCH_FACTS = frozenset({"time", "date", "duration", "person", "holder", "successor", "fate"})


def branch_lacks(res: Resources, turn: Turn, branch: Branch, top: Candidate) -> bool:
    """'Who discovered stem cells', 'how long does one cell cycle take': the question
    names a heading, yet asks for a person or a time that no note under it gives,
    nor the headings above (a year in "Treaty of Berlin 1926"). Listing the branch
    would answer something else."""
    if turn.wanted not in BRANCH_FACTS:
        return False
    asked = asked_names(turn.query)
    if not all(lacks_wanted(turn.wanted, res.corpus.docs[i], asked) for i in (top.doc.id, *branch.fragment_ids)):
        return False
    frag = res.fragment(top.doc.id)
    headings = " ".join((branch.heading, *frag.trail, res.kb.topic(frag.topic).title))
    return turn.wanted in ("person", "holder", "successor", "fate") or not any(ch.isdigit() for ch in headings)


WANTS_FACT = frozenset({"person", "place", "source", "time", "date", "count", "named", "holder", "successor"})


def heading_evidence(res: Resources, turn: Turn, top: Candidate) -> str:
    """The whole trail, when part of the question was found only in the headings, or
    when the question wants a person, a place, a time or a number, which a list's
    heading often gives for all its items ("Stresemann's recovery" over "Called off
    passive resistance")."""
    query = turn.query
    frag = res.fragment(top.doc.id)
    if turn.wanted in WANTS_FACT and frag.trail:
        return " › ".join(frag.trail)
    body = frozenset(res.corpus.analyzer.analyse(frag.text, correct=False).stems)
    body_hits = set(matched_stems(query.stems, replace(top.doc, stems=body)))
    if set(matched_stems(query.stems, top.doc)) - body_hits:
        return " › ".join(frag.trail)
    return ""


def uncounted(res: Resources, turn: Turn, doc_ids: list[str]) -> str:
    """'How many colonies did Germany lose', of notes that give a number but never say
    "colonies": the number they give counts something else ("lost 13% of territory").
    The word counted, when none of the notes says it nor a word of nearly its meaning;
    else ''."""
    if turn.wanted != "count":
        return ""
    counted = counted_noun(turn.words)
    if not counted:
        return ""
    analysed = res.corpus.analyzer.analyse(counted).stems  # "peple": people
    if not analysed:
        return ""
    near = (analysed[0], *res.corpus.weights.related.get(analysed[0], {}))
    if any(matched_stems(near, res.corpus.docs[doc_id]) for doc_id in doc_ids):
        return ""
    return counted


def which_of(words: tuple[str, ...]) -> str:
    """The plural noun of "which enzymes control...?", "which organelles are...": the
    question wants them by their names, or '' for no such question."""
    for i, word in enumerate(words[:-1]):
        if word == "which":
            noun = words[i + 1]
            if len(noun) > 3 and noun.endswith("s") and not noun.endswith("ss") and noun not in STOPWORDS:
                return noun
            return ""
    return ""


def names_none_of(text: str, noun: str) -> bool:
    """The note says the noun only as a class ("controlled by enzymes"), never a kind of
    it by a word before it ("digestive enzymes", "plant cells"), nor anything after a
    colon: "which enzymes" is not answered."""
    words = raw_tokens(text)
    forms = {noun, noun[:-1], noun[:-2] if noun.endswith("es") else noun}
    spots = [i for i, w in enumerate(words) if w in forms]
    return bool(spots) and ":" not in text and all(i == 0 or words[i - 1] in STOPWORDS for i in spots)


# words that ask when, verbs of how a thing goes ("when did the cult start", "come to an end") and of
# its coming to be ("when was the Rentenmark introduced", of "Rentenmark (Nov 1923)"): no deed of their
# own that a note must say, as a thing's date is when it was made
ASKING_STEMS = frozenset(stem(w) for w in """year date month day time exact exactly happen first last start begin
end finish stop cease occur come get go take make introduce create found establish form launch set sign
invent build write publish open issue adopt pass""".split())


_AMOUNT_STEMS = frozenset(stem(w) for w in AMOUNT_VERBS)


def undated_deed(res: Resources, turn: Turn, doc_ids: list[str]) -> str:
    """'What year was Stresemann born', of a note that names him with the years he was
    chancellor and died: the dates a note gives are of what it says, so a when-question
    whose deed ("born", a verb the notes never use) none of the notes chosen says, in
    any form or a word of nearly its meaning, is not dated by them; nor is "how many women
    were elected" counted by a note giving the voting age. The deed, or ''."""
    if turn.wanted not in ("time", "date", "count"):
        return ""
    implied = ASKING_STEMS | (_AMOUNT_STEMS if turn.wanted == "count" else frozenset())  # "cost": a price says it
    weights = res.corpus.weights
    words = turn.words
    speller = res.corpus.analyzer.speller  # "sined" may be a slip for the notes' "signed"
    typed = {stem(w): w for i, w in enumerate(words)  # a verb, not one with a particle ("call off"), which
             if can_be_verb(w) and speller.correct(w) == w  # the notes may put otherwise
             and not (i + 1 < len(words) and words[i + 1] in PARTICLES)}
    deeds = [s for s in dict.fromkeys(turn.query.stems) if s in typed and s in weights.ordinary
             and s not in res.free_stems and s not in implied and res.corpus.index.idf(s) is None]
    if not deeds:
        return ""
    near = weights.matcher.near(tuple(deeds))
    floor = res.settings.named_thing_related
    held = frozenset().union(*(res.corpus.docs[i].stems for i in doc_ids))
    for deed in deeds:
        forms = near[deed] | {n for n, v in weights.related.get(deed, {}).items() if v >= floor}
        if forms.isdisjoint(held):
            return deed
    return ""
