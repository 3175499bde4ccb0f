"""Compose: turn a decision into the reply, and remember what it showed.

Every answer is the notes' own words (tutor.dialogue.wording) with where they
came from and follow-up questions; the conversation state keeps what the next
turn's "why?", "he" or "tell me more" refer to.
"""

from __future__ import annotations

import re
from dataclasses import replace
from itertools import islice

from tutor.dialogue import wording
from tutor.dialogue.asked_person import fate_of
from tutor.dialogue.decide import Decision
from tutor.dialogue.lists import largest_list
from tutor.dialogue.reply import Reply, Source
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.notes.model import Fragment, GlossaryEntry
from tutor.search.analysis import Analysis
from tutor.search.matching import Candidate


def render(res: Resources, decision: Decision, query: Analysis, state: ConversationState) -> Reply:
    state.last_question = " ".join(query.words)  # "what about Stalin?" asks it again about him
    if decision.outcome == "decline":
        if decision.missing and decision.doc_ids:
            return lacking(res, decision, query, state)
        if decision.absent:
            return no_such_item(decision, query, state)
        return decline(res, query, list(decision.ranked), state, about=decision.about, unnamed=decision.unnamed)
    remember_question(query, state)
    if decision.outcome == "define":
        return define(res, decision, query, state)
    if decision.outcome == "clarify":
        return clarify(res, list(decision.options), query, state)
    return answer(res, list(decision.doc_ids), query, state, decision.confidence, lead=decision.lead,
                  more=decision.more, listing=decision.listing)


def answer(res: Resources, doc_ids: list[str], query: Analysis, state: ConversationState, confidence: float,
           lead: str = "", more: int = 0, listing: tuple[str, ...] = ()) -> Reply:
    """These notes (and glossary entries) as the answer, remembered as the last one,
    with the list they belong to (`listing`, else the notes beside the first one)."""
    frags = [res.fragment(i) for i in doc_ids if res.is_fragment(i)]
    entries = [res.glossary[i] for i in doc_ids if i in res.glossary]
    parts: list[str] = []
    sources: list[Source] = []
    if frags:
        parts.append(wording.notes_text(frags, lead, more))
        sources.extend(wording.note_source(f) for f in frags)
    for entry in entries:
        parts.append(wording.glossary_text(entry))
        sources.append(wording.glossary_source(entry))
    remember_answer(res, doc_ids, query, frags, entries, state)
    if frags:
        remember_list(res, frags, listing, state)
    followups = wording.pick_followups(res.kb, frags, state.asked_followups,
                                       subject=res.subject_term) if frags else ()
    return Reply("answered", "\n\n".join(parts), "question", tuple(sources), followups,
                 confidence, corrections=query.corrections)


def show_notes(res: Resources, doc_ids: list[str], state: ConversationState) -> Reply:
    """These notes as an answer to no question in particular ("tell me more")."""
    return answer(res, list(doc_ids), res.corpus.analyzer.analyse(""), state, confidence=1.0)


def define(res: Resources, decision: Decision, query: Analysis, state: ConversationState) -> Reply:
    """The glossary entry, labelled, with what the notes say: the whole branch when
    the term heads one ("what was the Treaty of Berlin?"), else the note that uses it."""
    entry = decision.entry
    assert entry is not None
    if decision.branch:
        shown = decision.branch.shown(res.settings)
        notes = wording.notes_text([res.fragment(i) for i in shown], lead=decision.branch.heading)
        reply = answer(res, [*shown, entry.id], query, state, confidence=1.0,
                       listing=decision.branch.fragment_ids)
        return replace(reply, answer=f"Your notes say: {notes}\n\n{wording.glossary_text(entry)}")
    if not decision.doc_ids:
        return answer(res, [entry.id], query, state, confidence=1.0)
    frag = res.fragment(decision.doc_ids[0])
    reply = answer(res, [entry.id, frag.id], query, state, confidence=1.0)
    return replace(reply, answer=f"{wording.glossary_text(entry)}\n\nYour notes say: {wording.notes_text([frag])}")


def clarify(res: Resources, options: list[Candidate], query: Analysis, state: ConversationState) -> Reply:
    state.pending_options = tuple(c.doc.id for c in options)
    labels = []
    for n, cand in enumerate(options, 1):
        frag = res.fragment(cand.doc.id)
        labels.append(f"{n}. {res.kb.topic(frag.topic).title}: {wording.sentence(frag.text)}")
    text = "Your notes have this in two places. Which do you mean?\n" + "\n".join(labels)
    return Reply("clarify", text, "question", confidence=options[0].confidence, options=tuple(labels),
                 corrections=query.corrections)


MISSING = {"time": "a date or a time for that", "date": "a date for that", "count": "a number for that",
           "duration": "how long", "person": "who", "place": "where", "source": "where from",
           "formula": "a formula for that", "named": "which one by name", "holder": "who it was by name",
           "successor": "who that was", "died how": "how they died",
           "content": "what it says (they only name it)", "which": "which ones by name"}


def _whom(words: tuple[str, ...]) -> str:
    """Whose fate was asked, as the decline names them: "him", "Wolfgang Kapp", "the kulaks"."""
    who = fate_of(words)
    if not who or who[0] in ("him", "her"):
        return who[0] if who else "them"
    at = words.index(who[0])
    return f"the {who[0]}" if at and words[at - 1] not in ("to", "of") else " ".join(who).title()


def lacking(res: Resources, decision: Decision, query: Analysis, state: ConversationState) -> Reply:
    """The notes are about it, but do not give the kind of fact asked: say so, and
    what they do say (a decline: nothing is claimed they do not hold)."""
    frag = res.fragment(decision.doc_ids[0])
    lacks = (f"that for {decision.year}" if decision.year else f"how many {decision.counted}" if decision.counted
             else f"what happened to {_whom(query.words)}" if decision.missing == "fate"
             else MISSING.get(decision.missing, "that"))
    text = (f"Your notes don't say {lacks}. "
            f"They say: {wording.notes_text([frag])}")
    state.last_declined = True
    return Reply("out_of_scope", text, "question", (wording.note_source(frag),), confidence=0.0,
                 corrections=query.corrections)


def no_such_item(decision: Decision, query: Analysis, state: ConversationState) -> Reply:
    """'Article 5' of notes that number articles 1 to 4: say which they have."""
    assert decision.absent is not None
    item, number, held = decision.absent
    numbers = ", ".join(held[:-1]) + f" and {held[-1]}" if len(held) > 1 else held[0]
    state.last_declined = True
    text = (f"Your notes don't have a{'n' if item[0] in 'aeiou' else ''} {item} {number}. "
            f"They have {item}{'s' if len(held) > 1 else ''} {numbers}.")
    return Reply("out_of_scope", text, "question", confidence=0.0, corrections=query.corrections)


def decline(res: Resources, query: Analysis, ranked: list[Candidate], state: ConversationState | None = None,
            about: str = "", unnamed: str = "") -> Reply:
    """The notes do not cover it. A question about "him" says the notes hold no
    more about that person; one naming what no note names ("Poland") says so; when
    part of the question is in them, the nearest topics are named; a question with
    nothing of the notes in it gets a short reply and a pointer to the topics."""
    if about:
        if state is not None:
            state.last_declined = True
        return Reply("out_of_scope", f"Your notes don't say that about {about}. Say 'topics' to see what they cover.",
                     "question", confidence=ranked[0].confidence if ranked else 0.0, corrections=query.corrections)
    listed = res.settings.listed_topics
    near = [c for c in ranked if c.coverage >= res.settings.near_coverage]
    topic_ids = list(islice(dict.fromkeys(c.topic for c in near), 3))
    if state is not None:  # "what happened to him" now asks about what the notes do not cover either
        state.last_declined, state.last_persons = True, ()
    if not topic_ids:
        return Reply("out_of_scope", "That isn't in your notes. Say 'topics' to see what they cover.", "question",
                     confidence=ranked[0].confidence if ranked else 0.0, corrections=query.corrections)
    titles = [res.kb.topic(t).title for t in topic_ids]
    more = max(0, len(res.kb.topics) - listed) if len(topic_ids) >= listed else 0
    opening = f"Your notes never mention {unnamed}." if unnamed else "Your notes don't cover that."
    text = (f"{opening} The nearest topics in your notes are: " + "; ".join(titles)
            + (f"; and {more} more (say 'topics' to see them all)." if more > 0 else "."))
    return Reply("out_of_scope", text, "question", confidence=ranked[0].confidence if ranked else 0.0,
                 options=tuple(titles), corrections=query.corrections)


def remember_question(query: Analysis, state: ConversationState) -> None:
    """A new question: what follow-ups lean on, and nothing shown for it yet."""
    state.shown = set()
    state.last_stems, state.last_char_text = query.stems, query.char_text


def remember_list(res: Resources, frags: list[Fragment], listing: tuple[str, ...], state: ConversationState) -> None:
    """The list the answer is part of, and the place in it the answer ended at.
    Of a branch shown whole, the list is its largest set of sibling notes: after
    a treaty's heading and its three articles, 'the second one' is an article."""
    if listing:
        listing = largest_list(res, listing)
    else:
        first = frags[0]
        listing = tuple(f.id for f in res.kb.topic(first.topic).fragments if f.trail == first.trail)
    state.last_list = listing
    shown = [listing.index(f.id) for f in frags if f.id in listing]
    state.last_item = max(shown) if shown else -1


def remember_answer(res: Resources, doc_ids, query: Analysis, frags: list[Fragment], entries: list[GlossaryEntry],
                    state: ConversationState) -> None:
    corpus = res.corpus
    state.last_declined = False
    state.last_doc_ids = tuple(doc_ids)
    state.shown.update(doc_ids)
    if frags:
        state.last_topic = frags[0].topic
    named: list[str] = [e for e in query.entities if e in query.persons]  # in the order named
    for frag in frags:
        named.extend(sorted(corpus.docs[frag.id].persons - {corpus.subject_person}))
    named.extend(e.id for e in entries if e.kind == "person")
    if any(corpus.subject_person in corpus.docs[f.id].persons for f in frags):
        named.append(corpus.subject_person)
    state.last_persons = tuple(dict.fromkeys(named))
    # people the notes name without a glossary entry ("Rosa Luxemburg"): the question's, else the answer's
    everyone = {n.removeprefix("person:") for f in frags for n in corpus.docs[f.id].people
                if n.startswith("person:") and not n.startswith("person:glossary-")}
    asked = tuple(w for w in query.tokens if w in everyone)
    state.last_people = asked or (first_name_in(frags[0].text, everyone) if frags else ())


def first_name_in(text: str, names: set[str]) -> tuple[str, ...]:
    """The person a note is first about: the first name it writes with a capital
    ("Gropius", not "school"), with the name written straight after it ("Rosa
    Luxemburg"); else the first of the others."""
    at = {}
    for name in names:
        found = re.search(rf"\b{re.escape(name)}\b", text, re.IGNORECASE)
        if found:
            at[name] = (not found.group(0)[0].isupper(), found.start(), found.end())
    if not at:
        return ()
    first = min(at, key=lambda n: at[n][:2])
    after = [n for n in at if at[n][0] == at[first][0] and at[n][1] == at[first][2] + 1]
    return (first, *after[:1])
