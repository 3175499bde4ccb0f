"""Decide: given the ranked candidates, whether the notes answer, and how.

Outcomes, tried in this order: define (a named term's glossary entry with the
notes that use it), decline (nothing covers enough of the question, or it asks
about a named thing the notes never name), branch (the question names a
heading: the notes under it), clarify (two topics hold a short question
equally), answer (the best note and its close siblings under the same heading).
Each Decision says why; tutor.dialogue.compose turns it into a reply.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace

from tutor.dialogue.facts import (
    branch_lacks,
    dated_heading,
    heading_evidence,
    names_none_of,
    other_years,
    uncounted,
    undated_deed,
    which_of,
)
from tutor.dialogue.forms import asks_content
from tutor.dialogue.lists import counted_in
from tutor.dialogue.named import named_heading
from tutor.dialogue.numbered import absent_item, numbered_item, numbers_in
from tutor.dialogue.resources import Resources
from tutor.dialogue.retrieve import (
    conditional_first,
    count_first,
    deed_first,
    defining_first,
    fuller_first,
    reason_first,
    saying_more_first,
    sorted_first,
)
from tutor.dialogue.state import ConversationState
from tutor.dialogue.turn import Turn
from tutor.dialogue.unheld import unknown_name, unknown_thing
from tutor.notes.model import GlossaryEntry
from tutor.search.branches import Branch, listed_by
from tutor.search.matching import Candidate, matched_stems
from tutor.text.lexicon import STOPWORDS
from tutor.text.normalise import content_stems, raw_tokens, stem


@dataclass(frozen=True)
class Decision:
    outcome: str                          # define, decline, branch, clarify, answer
    reason: str
    doc_ids: tuple[str, ...] = ()         # the notes to show
    confidence: float = 0.0
    lead: str = ""                        # a heading to put before them
    entry: GlossaryEntry | None = None    # define: the term
    branch: Branch | None = None          # define: the branch the term heads
    options: tuple[Candidate, ...] = ()   # clarify: the two readings
    more: int = 0                         # notes of the branch left unshown ("...and N more")
    listing: tuple[str, ...] = ()         # branch: all its notes, for "the second one", "the last one"
    missing: str = ""                     # decline: the kind of fact the notes lack, when one note is about it
    ranked: tuple[Candidate, ...] = ()    # decline: the nearest notes, whose topics are offered
    about: str = ""                       # decline: the person "he" was read as
    absent: tuple[str, str, tuple[str, ...]] | None = None  # decline: an item the notes do not number ("article", "5")
    year: int = 0                         # decline: a year asked about that the notes shown do not name
    counted: str = ""                     # decline: what "how many...?" counts, which the notes shown never say
    unnamed: str = ""                     # decline: a name the question writes that no note uses ("Poland")


def decide(res: Resources, turn: Turn, ranked: list[Candidate], state: ConversationState,
           leaned: bool = False) -> Decision:
    """`leaned` says the turn was read with the last one ("and in plants?"): it may
    name a branch of the last topic only."""
    settings, query = res.settings, turn.query
    entry = definition_entry(res, turn)
    if entry:
        branch = res.branches.match(query.stems, res.free_stems)
        holding = None if branch else next(
            (c for c in ranked if set(matched_stems(query.stems, c.doc)) >= set(query.stems)), None)
        return Decision("define", f"asks what '{entry.term}' is, and the glossary has it", entry=entry,
                        branch=branch, doc_ids=(holding.doc.id,) if holding else ())
    if ranked and ranked[0].confidence < settings.decline_below:
        # the most similar note may hold less of the question than a close runner-up; but not one
        # holding far less of it than the best, which it passes only by giving the kind of fact the
        # best lacks: that fact is another thing's (the best's coverage was cut for the lack)
        surest = max(ranked[:5], key=lambda c: c.confidence)
        whole = ranked[0].coverage / settings.person_clash_factor
        if not (ranked[0].lacking and surest.coverage < settings.fact_elsewhere_ratio * whole):
            ranked = [surest] + [c for c in ranked if c is not surest]
    if ranked and ranked[0].confidence < settings.decline_below and named_heading(res, turn, ranked[0]):
        # "why are sporozoans dangerous", of "Apicomplexa (sporozoans)": sure enough
        ranked = [replace(ranked[0], confidence=settings.decline_below)] + ranked[1:]
    dated = dated_heading(res, turn, ranked) if ranked and ranked[0].confidence < settings.decline_below else None
    if dated:
        return Decision("answer", f"'{dated.doc.id}' and its heading say all that is asked, and the heading when",
                        (dated.doc.id,), settings.decline_below, lead=" › ".join(res.fragment(dated.doc.id).trail))
    if not ranked or ranked[0].confidence < settings.decline_below:
        best = f"{ranked[0].confidence:.2f}" if ranked else "none"
        # a note that would answer but for the kind of fact asked: say what the notes do say
        about = next((c for c in ranked[:3] if c.lacking
                      and c.confidence / settings.person_clash_factor >= settings.decline_below), None)
        return Decision("decline", f"best confidence {best} is under {settings.decline_below}"
                        + (f"; '{about.doc.id}' would answer but gives no {turn.wanted}" if about else ""),
                        ranked=tuple(ranked), doc_ids=(about.doc.id,) if about else (),
                        missing=turn.wanted if about else "", about=turn.person)
    absent = absent_item(res, turn.words)
    if absent:
        item, number, held = absent
        return Decision("decline", f"asks about {item} {number}; the notes number {item}s {', '.join(held)}",
                        ranked=tuple(ranked), absent=absent)
    if unknown_thing(res, turn):
        return Decision("decline", f"asks about '{' '.join(turn.named_thing)}', a name the notes never use together",
                        ranked=tuple(ranked))
    stranger = unknown_name(res, turn)
    if stranger:
        return Decision("decline", f"names '{stranger}', as a name is written, and no note uses it",
                        ranked=tuple(ranked), unnamed=stranger)
    ranked = saying_more_first(res, turn, ranked)  # not a table's cell that only names it
    which = which_of(turn.words)
    if which and not res.heads_notes(ranked[0].doc.id) and names_none_of(res.fragment(ranked[0].doc.id).text, which):
        return Decision("decline", f"asks which {which}; '{ranked[0].doc.id}' names none", ranked=tuple(ranked),
                        doc_ids=(ranked[0].doc.id,), missing="which")
    if asks_content(turn.words) and only_names(res, turn, ranked[0]):
        return Decision("decline", f"asks what it says; '{ranked[0].doc.id}' only names it", ranked=tuple(ranked),
                        doc_ids=(ranked[0].doc.id,), missing="content")
    ranked = fuller_first(res, turn, ranked, state.last_stems if leaned else ())  # nor one that only lists names
    ranked = sorted_first(res, turn, ranked)  # "only in plant cells", not "in both"
    before = ranked
    ranked = conditional_first(res, turn, ranked)  # "what if it was attacked": the note on "if attacked"
    ranked = deed_first(res, turn, ranked)  # "what did the GMD do to the CCP": where the GMD acts on it
    ranked = reason_first(res, turn, ranked)  # "why is it useful": the note that gives a reason
    ranked = count_first(res, turn, ranked)  # "how many phrases": the note whose number counts phrases
    defining = defining_first(res, turn, ranked)  # "who is Susanoo": the note that says who
    defined = defining is not before  # (any of the three: the note that says it, first)
    ranked = defining
    top = ranked[0]
    if defined:
        named = None  # the note that says what it is, not a heading that shares its word
    elif leaned:
        named = res.branches.match(query.stems, res.free_stems, state.last_stems, state.last_topic)
    else:
        named = res.branches.match(query.stems, res.free_stems) or res.branches.match(
            naming_stems(res, query.stems), res.free_stems)
    named = _list_in(res, turn, named) or named
    headed = res.branches.under(res.fragment(top.doc.id))
    if named and headed and _narrows(res, turn, named, headed):
        named = headed  # "the main terms of the treaty": the terms, not the whole treaty
    branch = named or headed
    if branch and branch_lacks(res, turn, branch, top):
        return Decision("decline", f"no note under '{branch.heading}' gives the {turn.wanted} asked",
                        ranked=tuple(ranked), doc_ids=(top.doc.id,), missing=turn.wanted, about=turn.person)
    picked = counted_in(res, turn, branch) if branch else None
    if branch and picked:
        return Decision("answer", f"the note the question counts ('{picked[1]}') of '{branch.heading}'",
                        (picked[0],), top.confidence, listing=branch.fragment_ids)
    if branch:
        why = "the question names the heading" if named else "the best note heads the notes under it"
        shown = branch.shown(settings)
        return Decision("branch", f"{why} '{branch.heading}'", shown, top.confidence, lead=_named_lead(turn, branch),
                        more=len(branch.fragment_ids) - len(shown), listing=branch.fragment_ids)
    rival = next((c for c in ranked[1:] if c.doc.topic != top.doc.topic), None)
    if (rival and not defined and rival.rank >= settings.clarify_ratio * top.rank
            and rival.coverage >= top.coverage - 0.01
            and len(set(query.stems)) <= 2 and rival.confidence >= settings.decline_below
            and not _says_alike(res, top, rival)):
        said = said_by_one(res, turn, top, rival)
        if said is None and turn.one_of_several:  # no "which?" amid a line's answers: both readings
            return Decision("answer", "a short question two topics hold equally, one of several: both",
                            (top.doc.id, rival.doc.id), top.confidence)
        if said is None:
            return Decision("clarify", "a short question two topics hold equally", confidence=top.confidence,
                            options=(top, rival))
        if said is rival:  # "who called it off": the note that says "called off", not the last answer
            ranked = [rival] + [c for c in ranked if c is not rival]
            top = rival
    top_trail = res.fragment(top.doc.id).trail
    chosen = [top] + [c for c in ranked[1:6]
                      if (c.rank >= settings.sibling_ratio * top.rank
                          or (not turn.wanted and _holds_as_much(res, c, top)))
                      and res.fragment(c.doc.id).trail == top_trail]
    asked_item = numbered_item(turn.words)
    if asked_item:  # "what did article 2 say": not article 4 beside it, whatever "2 states" it holds
        chosen = [c for n, c in enumerate(chosen)
                  if not n or numbers_in(res.fragment(c.doc.id).text, asked_item[0]) in (set(), {asked_item[1]})]
    if not turn.wanted and not defined:  # siblings as the notes order them ("the third" is theirs); but the
        chosen.sort(key=lambda c: res.kb.place(c.doc.id))  # note that says who, or what it is or does, first
    other = _other_side(res, turn, ranked, chosen) or _reason_beside(res, turn, ranked, chosen)
    if other:
        chosen.append(other)  # "how is classical different from operant": the note on operant too
    year = other_years(res, turn, [c.doc.id for c in chosen])
    if year:  # "how much was a loaf in 1919" of a note on 1923's prices
        return Decision("decline", f"asks about {year}; the notes chosen speak of other years",
                        ranked=tuple(ranked), doc_ids=(top.doc.id,), missing="time", year=year)
    deed = undated_deed(res, turn, [c.doc.id for c in chosen])
    if deed:  # "what year was Stresemann born" of a note dating his death
        return Decision("decline", f"asks when, of '{deed}', which the notes chosen never say",
                        ranked=tuple(ranked), doc_ids=(top.doc.id,), missing=turn.wanted)
    counted = uncounted(res, turn, [c.doc.id for c in chosen])
    if counted:  # "how many colonies" of a note that counts territory
        return Decision("decline", f"asks how many {counted}; the notes chosen count something else",
                        ranked=tuple(ranked), doc_ids=(top.doc.id,), missing="count", counted=counted)
    why = f"confidence {top.confidence:.2f}" + (", the note that says what it is" if defined else "")
    if len(chosen) > 1:
        why += f", with {len(chosen) - 1} close notes under the same heading"
    return Decision("answer", why, tuple(c.doc.id for c in chosen), top.confidence,
                    lead=heading_evidence(res, turn, top))


COMMON_ZIPF = 5.5  # "need", "use", "work": words too common to keep a heading from naming the question


def naming_stems(res: Resources, stems: tuple[str, ...]) -> tuple[str, ...]:
    """A question that counts a list's items ("what are the 4 conditions needed for
    deadlock") asks for the list: the words that must be in a heading's path for it
    to name the question are then its words less the count and words too common to
    matter ("The Conditions for Deadlock"). Any other question keeps all its words."""
    if not any(s.isdigit() and int(s) <= 20 for s in stems):
        return stems
    ordinary = res.corpus.weights.ordinary
    kept = tuple(s for s in stems if not s.isdigit() and ordinary.get(s, 0.0) < COMMON_ZIPF)
    return kept if len(kept) >= 2 else stems


def said_by_one(res: Resources, turn: Turn, top: Candidate, rival: Candidate) -> Candidate | None:
    """Of two notes that hold a short question equally, the one that alone has more of
    the words the student typed, as typed (a word like "called" weighs nothing in
    the question, yet "who called it off" means the note that says "called off");
    None when the typed words do not tell them apart."""
    typed = {w for w in turn.words if w not in STOPWORDS and not w.isdigit()}
    top_has, rival_has = (typed & set(raw_tokens(res.fragment(c.doc.id).text)) for c in (top, rival))
    if rival_has > top_has:
        return rival
    return top if top_has > rival_has else None


def only_names(res: Resources, turn: Turn, candidate: Candidate) -> bool:
    """The note says nothing but what the question names ("Texas abortion law", an item of
    a list), and heads no notes that would."""
    asked = set(turn.query.stems)
    return all(s in asked or s.isdigit() for s in candidate.doc.own) and not res.heads_notes(candidate.doc.id)


def _holds_as_much(res: Resources, candidate: Candidate, top: Candidate) -> bool:
    """A note that holds as much of the question as the best, in its own words (not those of
    notes under it), and nearly as surely: "schedules of reinforcement" shows the ratio
    schedules beside the interval ones. Only for a question that asks for no one kind of
    fact: a who/when question ranks by who or when the note gives."""
    return (candidate.coverage >= top.coverage - 0.01
            and candidate.confidence >= res.settings.sibling_ratio * top.confidence
            and not res.heads_notes(candidate.doc.id))


def _list_in(res: Resources, turn: Turn, named: Branch | None) -> Branch | None:
    """"What were the effects of hyperinflation?": the list of effects inside the branch
    the question names, not the whole Hyperinflation section (its causes first); or
    beside it, when the branch named lists something else ("Forms of evidence")."""
    if named is None:
        return None
    wanted = frozenset(s for s in turn.query.stems if s not in res.free_stems)
    inside = set(named.fragment_ids)
    for word in dict.fromkeys(turn.words + turn.query.tokens):  # as typed, and as corrected ("efects")
        if word not in STOPWORDS and stem(word) not in named.own_stems:  # "mental models?" names its heading
            listed = res.branches.listing(word, wanted)
            if listed is not None and listed is not named and (set(listed.fragment_ids) <= inside or (
                    stem(word) not in listed_by(named.heading))):  # "Forms of evidence" lists no effects
                return listed
    return None


SAME_SAYING = 0.8  # two notes whose words are this much the same say one thing


def _says_alike(res: Resources, one: Candidate, other: Candidate) -> bool:
    """Two notes that say the same thing (a definition copied into a vocabulary list):
    no need to ask which is meant."""
    a, b = (set(content_stems(raw_tokens(res.fragment(c.doc.id).text))) for c in (one, other))
    return bool(a and b) and len(a & b) >= SAME_SAYING * len(a | b)


def _named_lead(turn: Turn, branch: Branch) -> str:
    """The heading an answer about a branch starts with: asked for a name ("what's it
    called when..."), a branch headed by a note ("When the ear expects V-I but hears V-X")
    starts with the heading it sits under, which is the name ("Deceptive Cadence")."""
    if turn.asks_name and branch.parent and branch.parent.lower() not in branch.heading.lower():
        return f"{branch.parent} — {branch.heading}"
    return branch.heading


def _narrows(res: Resources, turn: Turn, named: Branch, headed: Branch) -> bool:
    """The best note heads a list inside the branch the question names, and the
    question also names that note's own heading words ("main terms")."""
    if headed is named or not set(headed.fragment_ids) < set(named.fragment_ids):
        return False
    typed = {stem(w) for w in raw_tokens(turn.text) if w not in STOPWORDS}
    heading = {stem(w) for w in raw_tokens(headed.heading) if w not in STOPWORDS}
    return bool(typed & (heading - named.own_stems - named.path_stems))


def _bare_name(res: Resources, turn: Turn) -> bool:
    """'Chicherin?', 'and factionalism?': the line is a name and nothing else, as
    typed ("what else did he do", he being Chicherin, is not a bare name)."""
    query = turn.query
    names = {stem(w) for e in query.entities for n in res.glossary[e].names for w in raw_tokens(n)}
    words = [stem(w) for w in raw_tokens(turn.text) if w not in STOPWORDS]
    return bool(words) and all(w in names for w in words)


def definition_entry(res: Resources, turn: Turn) -> GlossaryEntry | None:
    """'Who was Stresemann?' / 'what is the GMD': asked as a definition, and every
    content word names one glossary entry."""
    query = turn.query
    if not query.entities or turn.wanted == "reason" or not (
            turn.asks_definition or (_bare_name(res, turn) and not turn.wanted)):
        # "why did he do that" (he being Stalin) asks for a reason, not who Stalin was;
        # "how many labour camps were there" a number, not what labour camps were
        return None
    entry = res.glossary[query.entities[0]]
    names = res.corpus.analyzer.analyse(" ".join(entry.names), correct=False).stems
    if query.stems and all(any(s == n for n in names) for s in query.stems):
        return entry
    return None


def _other_side(res: Resources, turn: Turn, ranked: list[Candidate], chosen: list[Candidate]) -> Candidate | None:
    """A question comparing two things, whose best note speaks of one: the close note
    that speaks of what it leaves out."""
    if not turn.compares:
        return None
    left = set(turn.query.stems) - set().union(*(c.doc.own for c in chosen)) - res.free_stems
    return _close_beside(res, ranked, chosen, lambda c: bool(left & c.doc.own))


def _reason_beside(res: Resources, turn: Turn, ranked: list[Candidate], chosen: list[Candidate]) -> Candidate | None:
    """'Why does the junction rule work?' whose best note states the rule: the close note
    under the same heading that gives its reason ("This law is deduced from the
    conservation of charge")."""
    if turn.wanted != "reason" or any("cause" in c.doc.marks for c in chosen):
        return None
    trail = res.fragment(chosen[0].doc.id).trail
    return _close_beside(res, ranked, chosen,
                         lambda c: "cause" in c.doc.marks and res.fragment(c.doc.id).trail == trail)


def _close_beside(res: Resources, ranked: list[Candidate], chosen: list[Candidate],
                  fits: Callable[[Candidate], bool]) -> Candidate | None:
    """The first note not yet chosen, among the `defining_reach` best, that `fits` and is
    at least `other_side_share` as sure as the best: one more note the answer needs."""
    return next((c for c in ranked[1:res.settings.defining_reach] if c not in chosen and fits(c)
                 and c.confidence >= res.settings.other_side_share * chosen[0].confidence), None)
