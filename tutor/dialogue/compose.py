"""Compose: turn a decision into the reply, and remember what it showed.

Every answer is the notes' own words (tutor.dialogue.wording) with where they
came from and follow-up questions; the conversation state keeps what the next
turn's "why?", "he" or "tell me more" refer to.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice

from tutor.dialogue import wording
from tutor.dialogue.decide import Decision
from tutor.dialogue.reply import Reply, Source
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.notes.model import Fragment, GlossaryEntry
from tutor.search.analysis import Analysis
from tutor.search.matching import Candidate


def render(res: Resources, decision: Decision, query: Analysis, state: ConversationState) -> Reply:
    if decision.outcome == "decline":
        return decline(res, query, list(decision.ranked))
    remember_question(query, state)
    if decision.outcome == "define":
        return define(res, decision, query, state)
    if decision.outcome == "clarify":
        return clarify(res, list(decision.options), query, state)
    return answer(res, list(decision.doc_ids), query, state, decision.confidence, lead=decision.lead,
                  more=decision.more)


def answer(res: Resources, doc_ids: list[str], query: Analysis, state: ConversationState, confidence: float,
           lead: str = "", more: int = 0) -> Reply:
    """These notes (and glossary entries) as the answer, remembered as the last one."""
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
        reply = answer(res, [*shown, entry.id], query, state, confidence=1.0)
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


def decline(res: Resources, query: Analysis, ranked: list[Candidate]) -> Reply:
    listed = res.settings.listed_topics
    topic_ids = list(islice(dict.fromkeys(c.topic for c in ranked), 3))
    titles = [res.kb.topic(t).title for t in topic_ids] or [t.title for t in res.kb.topics[:listed]]
    more = len(res.kb.topics) - listed if not topic_ids else 0
    text = ("Your notes don't cover that. The nearest topics in your notes are: " + "; ".join(titles)
            + (f"; and {more} more (say 'topics' to see them all)." if more > 0 else "."))
    return Reply("out_of_scope", text, "question", confidence=ranked[0].confidence if ranked else 0.0,
                 options=tuple(titles), corrections=query.corrections)


def remember_question(query: Analysis, state: ConversationState) -> None:
    """A new question: what follow-ups lean on, and nothing shown for it yet."""
    state.shown = set()
    state.last_stems, state.last_char_text = query.stems, query.char_text


def remember_answer(res: Resources, doc_ids, query: Analysis, frags: list[Fragment], entries: list[GlossaryEntry],
                    state: ConversationState) -> None:
    corpus = res.corpus
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
