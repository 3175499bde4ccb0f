"""Resolve context: read a turn against the conversation so far.

"why?" after an answer asks for the reasons the notes link to it; "what happened
next?" asks for the note after it; "he" is the last person named; a short turn
that points back ("and the third article?") is read with the last question.
A reply to "which do you mean?" picks one of the options offered.
"""

from __future__ import annotations

import re

from tutor.dialogue import compose, retrieve
from tutor.dialogue.forms import ITEM_WORDS, SEQUENCE_WORDS, counted_item, has_anaphora, item_reference
from tutor.dialogue.reply import Reply
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.dialogue.trace import Trace
from tutor.dialogue.turn import Turn
from tutor.search.matching import Candidate, matched_stems
from tutor.text.lexicon import FRAMING_WORDS, NEGATORS
from tutor.text.normalise import is_content, raw_tokens, stem

ITEM_STEMS = frozenset(stem(w) for w in ITEM_WORDS)
LIST_STEMS = frozenset(stem(w) for w in ("next", "last", "final", "previous", "happen", "come", "after", "before",
                                          "follow", "end", "earlier"))
OPTION_WORDS = {"1": 0, "first": 0, "one": 0, "2": 1, "second": 1, "two": 1}


def resolve_option(res: Resources, turn: Turn, state: ConversationState) -> str:
    """The option of the last clarify reply this turn picks ("the first", "china"), or ''."""
    for word in turn.typed:
        word = word.strip(".!")
        if word in OPTION_WORDS and OPTION_WORDS[word] < len(state.pending_options):
            return state.pending_options[OPTION_WORDS[word]]
    for option in state.pending_options:
        title = res.kb.topic(res.fragment(option).topic).title.lower()
        if any(w in title for w in turn.typed if len(w) > 3):
            return option
    return ""


def why_of_last(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply | None:
    """The notes the last answer's notes give as their reasons (their 'because'); when
    the last answer showed them already ("Kapp Putsch — Failed because workers went on a
    general strike", then "why not?"), the notes it showed that give a reason, again.
    None for a why about a word no note of the last answer holds: a question of its own."""
    last = [res.fragment(i) for i in state.last_doc_ids if res.is_fragment(i)]
    asked = tuple(s for s in turn.query.stems if s not in NEGATION_STEMS and s not in res.free_stems)
    if asked and not any(set(matched_stems(asked, res.corpus.docs[f.id])) >= set(asked) for f in last):
        return None  # "why did it end?" after when it was signed: why of what the notes say ended it
    reasons = [r for f in last for r in f.because if r not in state.last_doc_ids]
    if not reasons:
        reasons = [f.id for f in last if "cause" in res.corpus.docs[f.id].marks]
    if not reasons:
        return None
    trace.decided("followup", "'why?' of the last answer: the notes it gives as its reasons")
    return compose.answer(res, list(dict.fromkeys(reasons)), turn.query, state, confidence=0.9)


CONSEQUENCE = re.compile(r"^\s*(so|therefore|thus|hence|as a result|which (led|meant|caused)|leading to"
                         r"|this (led|meant))\b|^\s*(=|->|→|∴)", re.I)


def next_in_story(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply | None:
    """The note after the last one shown, in the notes' own order, if it is about
    what the student now names (or they name nothing new). Asked what the last
    idea led to, the notes' own consequence of it comes first, when the last
    answer showed one ("so no party had a majority")."""
    if turn.asks_consequence:
        last = [res.fragment(i) for i in state.last_doc_ids if res.is_fragment(i)]
        results = [f.id for f in last if CONSEQUENCE.search(f.text)]
        if results:
            trace.decided("followup", "'what did that lead to?': the consequence the last answer's notes give")
            return compose.answer(res, results, turn.query, state, confidence=0.9)
    topic = list(res.kb.topic(state.last_topic).fragments)
    shown = [i for i, f in enumerate(topic) if f.id in state.last_doc_ids]
    if not shown or shown[-1] + 1 >= len(topic):
        return None
    nxt = topic[shown[-1] + 1]
    wanted = [s for s in turn.query.stems if s not in res.free_stems and s not in SEQUENCE_WORDS
              and s not in ITEM_STEMS and not s.isdigit()]
    if wanted and not set(matched_stems(tuple(wanted), res.corpus.docs[nxt.id])):
        return None
    trace.decided("followup", "'what next?': the note after the last one shown")
    return compose.answer(res, [nxt.id], turn.query, state, confidence=0.8)


NEGATION_STEMS = frozenset(stem(w) for w in NEGATORS)


def _of_the_notes(res: Resources, turn: Turn) -> bool:
    """Whether a short line that does not point back says anything the notes speak of:
    a word they use, in some form, or one near it (`Settings.lean_near`: "die" for
    their "death", not "tie" for their "connect"). "pineapple", "blah blah" or "how
    do you tie a tie" after an answer asks nothing about it, and is never read with
    the last question; nor is "i dont understand", whose "not" the notes' "not" is no
    sign of, nor a bare "what" or "whatever" that asks for no kind of fact ("when?",
    "who?" do)."""
    stems = tuple(s for s in turn.query.stems if s not in NEGATION_STEMS)
    if not stems:
        return not turn.query.stems and (bool(turn.wanted) or len(turn.words) > 1)
    weights = res.corpus.weights
    near = weights.matcher.near(stems)
    return any(res.corpus.index.idf(n) is not None for s in stems for n in near[s]) or any(
        v >= res.settings.lean_near for s in stems for v in weights.related.get(s, {}).values())


def with_context(res: Resources, turn: Turn, ranked: list[Candidate], state: ConversationState,
                 trace: Trace) -> tuple[Turn, list[Candidate], bool]:
    """Resolve 'he' to the last person named, and lean a pointing follow-up on the
    last question; says whether the turn was read with the last one."""
    wanted = turn.wanted
    if turn.person_pronoun and state.last_declined and not turn.query.entities:
        trace.step("the pronoun points at what the last question asked about, which the notes do not cover")
        return turn, [], False
    if not state.has_answer:
        return turn, ranked, False
    others = [p for p in state.last_persons if p not in turn.query.persons]
    person = res.glossary.get(others[0]) if others else None
    name = person.term if person else " ".join(w for w in state.last_people if w not in turn.words)
    # "what happened to her?", "what else did he do?": something the last answer did not say
    bare = not [s for s in turn.query.stems if s not in SEQUENCE_WORDS] and not _asks_something(turn)
    fresh = turn.wanted != "reason" and (turn.asks_else or (turn.person_pronoun and bool(name) and bare))
    if turn.person_pronoun and name and not _names_someone(res, turn):
        # "he" is who the last question or answer was about, never anyone nearer; but in
        # "what did Stresemann do until he died" it is the man the line names
        turn = turn.with_person(res.corpus.analyzer, name)
        ranked = retrieve.rank(res, turn.query, wanted)
        trace.step(f"pronoun read as {name}")
    if fresh:
        unseen = _unseen_if_any(res, ranked, state, bare or turn.person_pronoun)
        if unseen is not ranked:
            ranked = unseen
            trace.step("not the notes the last answer showed")
    standalone = ranked[0].confidence if ranked else 0.0
    points_back = turn.points_back  # read from the turn as typed, before the last question's stems join it
    if points_back or (standalone < res.settings.decline_below and len(turn.query.stems) <= 2
                       and _of_the_notes(res, turn)):
        previous = retrieve.similarity(res, state.last_stems, state.last_char_text)
        if not turn.query.stems:
            # "when did they get them": the last question says what this turn is about.
            turn = turn.with_stems(tuple(dict.fromkeys(turn.query.stems + state.last_stems)))
            leaned = retrieve.rank(res, turn.query, wanted, previous=previous, topic=state.last_topic)
        else:
            # "who did he put in charge of it", "and Factionalism?": the last question
            # is half the meaning.
            leaned = retrieve.rank(res, turn.query, wanted, previous=previous, topic=state.last_topic,
                                   context_stems=state.last_stems)
        if fresh:
            leaned = _unseen_if_any(res, leaned, state, bare or turn.person_pronoun)
        if has_anaphora(turn.words):  # "who led it": a note about it, before one that only says "led"
            about = [c for c in leaned if matched_stems(state.last_stems, c.doc)]
            leaned = about + [c for c in leaned if c not in about]
        decline = res.settings.decline_below
        # pointing back never turns a question the notes answer alone into one they do not
        # ("..., also when did it join the League of Nations")
        if leaned and ((points_back and (leaned[0].confidence >= decline or standalone < decline))
                       or leaned[0].confidence >= standalone):
            trace.step("read with the last question" + (" (it points back)" if points_back else ""))
            return turn, leaned, True
    return turn, ranked, False


def _asks_something(turn: Turn) -> bool:
    """'What did he believe?' asks a thing of him (a framing word, but a question of its
    own: the note that said it may be shown again); 'what happened to him?' and 'what
    did he do?' ask only for more."""
    return any(w in FRAMING_WORDS and not w.startswith(("happen", "become", "became")) for w in turn.words)


def item_of_list(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply | None:
    """"The second one?", "and the next?", "what was the last one": the item of the
    last answer's list the student means, in the notes' order. The line may name
    nothing but the item (and words the list's notes use: "the third article")."""
    listing = state.last_list
    reference = None if turn.wanted == "reason" else item_reference(turn.words, turn.typed)
    if not listing or reference is None:
        return None
    kind, n = reference
    held = set().union(*(res.corpus.docs[i].stems for i in listing if i in res.corpus.docs))
    counted = counted_item(turn.words, turn.typed)
    listed = [res.fragment(i) for i in listing if res.is_fragment(i)] if counted else []
    if counted and stem(counted[1]) not in set().union(*(_words_of(" ".join((*f.trail[-1:], f.text)))
                                                         for f in listed)):
        return None  # "the third effect" after the causes: the list of effects, not the causes
    said = [stem(w) for w in turn.words if is_content(w)]  # as typed: before the notes' synonyms
    named = [s for s in said if s not in ITEM_STEMS and not s.isdigit() and s not in LIST_STEMS]
    if len(named) > 1 or any(s not in held for s in named):  # "the third article", never a question of its own
        return None
    index = {"index": n, "last": len(listing) - 1, "next": state.last_item + 1,
             "previous": state.last_item - 1}[kind]
    if not 0 <= index < len(listing) or (kind == "previous" and state.last_item < 0):
        return None
    trace.decided("followup", f"item {index + 1} of the last list ({kind})")
    return compose.answer(res, [listing[index]], turn.query, state, confidence=0.9, listing=listing)


def _new(ranked: list[Candidate], state: ConversationState) -> list[Candidate]:
    """The candidates the last answer did not show."""
    return [c for c in ranked if c.doc.id not in state.last_doc_ids]


def _unseen_if_any(res: Resources, ranked: list[Candidate], state: ConversationState,
                   bare: bool) -> list[Candidate]:
    """What the last answer did not show: always, for a bare "what else?" or one about a
    person ("what else did he design": not the note that said what he designed); for a
    line with words of its own, only when one of them answers, else the note shown may
    ("what else happened at the same time": the note that says what coincided)."""
    unseen = _new(ranked, state)
    if bare or (unseen and unseen[0].confidence >= res.settings.decline_below):
        return unseen
    return ranked


def item_of_named_list(res: Resources, turn: Turn, state: ConversationState, trace: Trace) -> Reply | None:
    """"What's the second effect of hyperinflation?": item n of the list under the
    heading the line names by the item's own word ("effect": "Effects of
    hyperinflation"), in the notes' order, whatever was asked before."""
    counted = counted_item(turn.words, turn.typed)
    if counted is None:
        return None
    index, noun = counted
    wanted = {s for s in turn.query.stems if not s.isdigit() and s not in LIST_STEMS} - res.free_stems
    branch = res.branches.listing(noun, frozenset(wanted))
    if branch is None:
        return None
    items = [i for i in branch.fragment_ids if res.fragment(i).trail[-1:] == (branch.heading,)]
    index = len(items) - 1 if index < 0 else index
    if not 0 <= index < len(items):
        return None
    trace.decided("followup", f"item {index + 1} of the list under '{branch.heading}'")
    return compose.answer(res, [items[index]], turn.query, state, confidence=0.9, listing=tuple(items))


def _words_of(text: str) -> set[str]:
    """Every word's stem, the framing ones too ("effects" is a heading's word)."""
    return {stem(w) for w in raw_tokens(text)}


def word_kind(res: Resources, word: str) -> str:
    """What a word names, for 'what about X?' to swap like for like: a glossary entry's
    kind ('person', 'organisation', 'place'...), 'name' for a name the notes give a
    person or group, 'role' for an everyday word for people ("workers"), else ''."""
    entries = [e for e in res.corpus.analyzer.entities_in([word]) if any(len(n.split()) == 1 for n in e.names)]
    if entries:
        return entries[0].kind
    if len(res.corpus.index.docs.term_ids([f"person:{word}"])):
        return "role" if word in res.corpus.analyzer.everyday else "name"
    return ""


def _names_someone(res: Resources, turn: Turn) -> bool:
    """The line names a person or group itself (a glossary person, or a name the notes give
    one) before a "he", "she" or "his" that can only be them ("what did Stresemann do until
    he died"); "did Stalin agree with him" is about someone else."""
    words = turn.words
    named = [i for i, w in enumerate(words) if word_kind(res, w) in ("person", "organisation", "name")]
    return bool(named) and "him" not in words and any(
        w in ("he", "she", "his") for w in words[named[0] + 1:])
