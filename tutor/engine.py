"""The one engine every front end calls: respond(text, state) -> Reply.

The REPL, `tutor ask` and `tutor eval` all come through Tutor.respond, so the
evaluation measures exactly what a student gets.
"""

from __future__ import annotations

from dataclasses import replace
from itertools import islice
from pathlib import Path

import numpy as np

from tutor.dialogue import compose as composer

from tutor.dialogue import forms as context

from tutor.dialogue import practice as sessions
from tutor.search.analysis import Analysis
from tutor.search.corpus import Corpus, build_corpus, near_pairs
from tutor.coaching.grading import Grade, Grader, closest_question
from tutor.search.branches import BranchIndex
from tutor.dialogue.intents import IntentClassifier
from tutor.notes.loading import load_intents, load_knowledge
from tutor.search.matching import Candidate, matched_stems, rank_candidates
from tutor.text.lexicon import STOPWORDS
from tutor.notes.model import Fragment, Intent, KnowledgeBase
from tutor.coaching.progress import ProgressStore
from tutor.text.normalise import raw_tokens, stem
from tutor.dialogue.reply import Reply
from tutor.dialogue.state import ConversationState

DECLINE_BELOW = 0.35        # confidence under which the notes are said not to cover it
SIBLING_RATIO = 0.85        # same-heading fragments this close to the best join the answer
CLARIFY_RATIO = 0.9         # two topics this close, holding the question equally: ask which
INTENT_MIN = 0.45           # intent similarity needed to treat a line as a command
CONTEXT_WEIGHT = 0.5        # share of the previous question blended into a follow-up
TOPIC_BOOST = 1.3           # a follow-up stays in the last answer's topic unless its words lead away
CANDIDATE_NOTES = 500       # notes checked for a named thing ("the great purge")
LISTED_TOPICS = 8           # topics named when a question is near none (a course may have thousands)
MAX_INPUT = 2000            # characters read from one line


class Tutor:
    """Holds the indexed notes; keeps no conversation of its own (that is the state)."""

    def __init__(self, kb: KnowledgeBase, intents: tuple[Intent, ...], progress: ProgressStore | None = None,
                 corpus: Corpus | None = None, intent_classifier: IntentClassifier | None = None,
                 branches=None):
        """Builds the index (with scikit-learn), unless `corpus` and `intent_classifier`
        come ready from the cache (tutor.cache)."""
        self.kb = kb
        self.progress = progress
        self.corpus = corpus or build_corpus(kb, intents)
        self.intents = intent_classifier or IntentClassifier(intents, self.corpus.subject_words)
        self._fragments = kb.by_id
        self._glossary = {g.id: g for g in kb.glossary}
        self.branches = BranchIndex(kb, self.corpus.analyzer, branches)
        self.grader = Grader(self.corpus.analyzer, self.corpus.index.char)
        self._intent_stems = {
            i.name: frozenset(s for ex in i.examples for s in self.corpus.analyzer.analyse(ex, correct=False).stems)
            for i in intents}
        subject = self._glossary.get(self.corpus.subject_person)
        self._subject_term = subject.term if subject else ""  # who the notes are about, if anyone
        self._free_stems = frozenset(
            self.corpus.analyzer.analyse(" ".join(subject.names), correct=False).stems) if subject else frozenset()

    @classmethod
    def from_folders(cls, knowledge_dir: Path, intents_dir: Path, progress: ProgressStore | None = None) -> "Tutor":
        return cls(load_knowledge(knowledge_dir), load_intents(intents_dir), progress)

    def grade(self, question: str, answer: str) -> Grade | None:
        """Grade one explanation of the why-question `question` means; None when it
        means none of them."""
        why = closest_question(self.kb.why_questions, question)
        return self.grader.grade(why, answer) if why else None

    def topic_named(self, text: str):
        """The topic of the notes these words name ("the treaty of berlin"), or None."""
        return sessions.topic_named(self, text)

    # ------------------------------------------------------------------ turn
    def respond(self, text: str, state: ConversationState) -> Reply:
        """Answer one line of the student's, updating the conversation state in place."""
        text = (text or "").replace("\x00", " ")[:MAX_INPUT].strip()
        state.turns += 1
        if not text:
            return self._intent_reply("help", state, short=True)
        query = self.corpus.analyzer.analyse(text)
        if state.session is not None:
            return sessions.session_turn(self, text, query, state)
        wanted = context.wanted_answer(query.canonical)
        if state.pending_options:
            chosen = self._resolve_option(text, query, state)
            state.pending_options = ()
            if chosen:
                return self._answer([chosen], query, state, confidence=1.0)
        ranked = self._rank(query, wanted)
        best_conf = ranked[0].confidence if ranked else 0.0
        intent = self._intent_of(text, query, best_conf)
        if intent == "explain":
            return sessions.start_session(self, query, state)
        if intent != "question":
            return self._intent_reply(intent, state)
        if state.has_answer and context.asks_why_of_last(query.canonical, query.stems):
            reply = self._why_of_last(query, state)
            if reply:
                return reply
        if state.has_answer and context.asks_what_next(query.canonical):
            reply = self._next_in_story(query, state)
            if reply:
                return reply
        leaned = False
        if state.has_answer:
            query, ranked, leaned = self._with_context(text, query, wanted, ranked, state)
        return self._decide(query, ranked, state, leaned)

    # ------------------------------------------------------------- retrieval
    def _rank(self, query: Analysis, wanted: str = "", extra: np.ndarray | None = None,
              topic: str = "", context_stems: tuple[str, ...] = ()) -> list[Candidate]:
        scores = self.corpus.index.scores(query.stems, query.char_text)
        if extra is not None:
            scores = scores + CONTEXT_WEIGHT * extra
        if topic:
            scores = scores * np.where(self.corpus.index.in_topic(topic), TOPIC_BOOST, 1.0)
        return rank_candidates(query.stems, query.persons, scores, self.corpus.weights,
                               self.corpus.subject_person, wanted, context_stems,
                               tuple(query.char_text.split()))

    def _with_context(self, text: str, query: Analysis, wanted: str, ranked: list[Candidate],
                      state: ConversationState):
        """Resolve 'he' to the last person named, and lean a pointing follow-up on the last question."""
        others = [p for p in state.last_persons if p not in query.persons]
        if context.mentions_person_pronoun(text) and others:
            person = self._glossary.get(others[0])
            if person:
                query = self.corpus.analyzer.analyse(f"{text} {person.term}")
                ranked = self._rank(query, wanted)
        standalone = ranked[0].confidence if ranked else 0.0
        points_back = context.leans_on_context(query.canonical, query.stems)
        if points_back or (standalone < DECLINE_BELOW and len(query.stems) <= 2):
            previous = self.corpus.index.scores(state.last_stems, state.last_char_text)
            if not query.stems:
                # "when did they get them": the last question says what this turn is about.
                query = replace(query, stems=tuple(dict.fromkeys(query.stems + state.last_stems)))
                leaned = self._rank(query, wanted, previous, state.last_topic)
            else:
                # "who did he put in charge of it", "and Factionalism?": the last question
                # is half the meaning.
                leaned = self._rank(query, wanted, previous, state.last_topic, state.last_stems)
            if leaned and (points_back or leaned[0].confidence >= standalone):
                return query, leaned, True
        return query, ranked, False

    def _decide(self, query: Analysis, ranked: list[Candidate], state: ConversationState,
                leaned: bool = False) -> Reply:
        """Decline, define, answer a branch, ask which, or answer; `leaned` says the
        turn was read with the last one ("and in plants?"): it may name a branch of
        the last topic only."""
        previous_stems, previous_topic = state.last_stems, state.last_topic
        definition = self._definition_entry(query)
        if definition:
            return self._define(definition, query, ranked, state)
        if ranked and ranked[0].confidence < DECLINE_BELOW:
            # the most similar note may hold less of the question than a close runner-up
            surest = max(ranked[:5], key=lambda c: c.confidence)
            ranked = [surest] + [c for c in ranked if c is not surest]
        if not ranked or ranked[0].confidence < DECLINE_BELOW or self._unknown_thing(query):
            return self._decline(query, ranked, state)
        top = ranked[0]
        self._remember_question(query, state)
        if leaned:
            named = self.branches.match(query.stems, self._free_stems, previous_stems, previous_topic)
        else:
            named = self.branches.match(query.stems, self._free_stems)
        branch = named or self.branches.under(self._fragments[top.doc.id])
        if branch:
            return self._answer(list(branch.fragment_ids), query, state, top.confidence, lead=branch.heading)
        top_trail = self._fragments[top.doc.id].trail
        rival = next((c for c in ranked[1:] if c.doc.topic != top.doc.topic), None)
        if (rival and rival.rank >= CLARIFY_RATIO * top.rank and rival.coverage >= top.coverage - 0.01
                and len(set(query.stems)) <= 2 and rival.confidence >= DECLINE_BELOW):
            return self._clarify([top, rival], query, state)
        chosen = [top] + [c for c in ranked[1:6]
                          if c.rank >= SIBLING_RATIO * top.rank and self._fragments[c.doc.id].trail == top_trail]
        return self._answer([c.doc.id for c in chosen], query, state, top.confidence,
                            lead=self._heading_evidence(query, top))

    def _unknown_thing(self, query: Analysis) -> bool:
        """"What was the great purge?" asks about a named thing; unless the notes hold
        that name as a phrase, sharing one of its words ("purged") is no answer."""
        thing = context.named_thing(query.canonical)
        if not thing:
            return False
        stems = list(self.corpus.analyzer.analyse(thing).stems)
        if not 1 <= len(stems) <= 4:
            return False
        pairs = list(zip(stems, stems[1:]))
        index = self.corpus.index
        for position in index.docs_with(stems[0])[:CANDIDATE_NOTES]:
            doc = index.docs[position]
            if all(s in doc.stems for s in stems) and (not pairs or set(pairs) & self._near_pairs(doc.id)):
                return False
        return True

    def _near_pairs(self, fragment_id: str) -> frozenset[tuple[str, str]]:
        frag = self._fragments[fragment_id]
        analyse = self.corpus.analyzer.analyse
        return near_pairs(analyse(frag.text, correct=False).stems).union(
            *(near_pairs(analyse(h, correct=False).stems) for h in frag.trail))

    def _bare_name(self, query: Analysis) -> bool:
        """'Chicherin?', 'and factionalism?': the line is a name and nothing else."""
        names = {stem(w) for e in query.entities for n in self._glossary[e].names for w in raw_tokens(n)}
        words = [stem(w) for w in query.tokens if w not in STOPWORDS]
        return bool(words) and all(w in names for w in words)

    def _definition_entry(self, query: Analysis):
        """'Who was Stresemann?' / 'what is the GMD': asked as a definition, and every
        content word names one glossary entry."""
        if not query.entities or not (context.asks_definition(query.canonical) or self._bare_name(query)):
            return None
        entry = self._glossary[query.entities[0]]
        names = self.corpus.analyzer.analyse(" ".join(entry.names), correct=False).stems
        if query.stems and all(any(s == n for n in names) for s in query.stems):
            return entry
        return None

    # --------------------------------------------------------------- replies
    def _heading_evidence(self, query: Analysis, top: Candidate) -> str:
        """The whole trail, when part of the question was found only in the headings."""
        body = frozenset(self.corpus.analyzer.analyse(self._fragments[top.doc.id].text, correct=False).stems)
        body_hits = set(matched_stems(query.stems, replace(top.doc, stems=body)))
        if set(matched_stems(query.stems, top.doc)) - body_hits:
            return " › ".join(self._fragments[top.doc.id].trail)
        return ""

    def _answer(self, doc_ids: list[str], query: Analysis, state: ConversationState, confidence: float,
                lead: str = "") -> Reply:
        frags = [self._fragments[i] for i in doc_ids if i in self._fragments]
        entries = [self._glossary[i] for i in doc_ids if i in self._glossary]
        parts, sources = [], []
        if frags:
            parts.append(composer.notes_text(frags, lead))
            sources.extend(composer.note_source(f) for f in frags)
        for entry in entries:
            parts.append(composer.glossary_text(entry))
            sources.append(composer.glossary_source(entry))
        self._remember_answer(doc_ids, query, frags, entries, state)
        followups = composer.pick_followups(self.kb, frags, state.asked_followups,
                                            subject=self._subject_term) if frags else ()
        return Reply("answered", "\n\n".join(parts), "question", tuple(sources), followups,
                     confidence, corrections=query.corrections)

    def _define(self, entry, query: Analysis, ranked: list[Candidate], state: ConversationState) -> Reply:
        """The glossary entry, labelled, with what the notes say: the whole branch when
        the term heads one ("what was the Treaty of Berlin?"), else the note that uses it."""
        self._remember_question(query, state)
        branch = self.branches.match(query.stems, self._free_stems)
        if branch:
            frags = [self._fragments[i] for i in branch.fragment_ids]
            notes = composer.notes_text(frags, lead=branch.heading)
            reply = self._answer([*branch.fragment_ids, entry.id], query, state, confidence=1.0)
            answer = f"Your notes say: {notes}\n\n{composer.glossary_text(entry)}"
        else:
            holding = next((c for c in ranked if set(matched_stems(query.stems, c.doc)) >= set(query.stems)), None)
            if not holding:
                return self._answer([entry.id], query, state, confidence=1.0)
            frag = self._fragments[holding.doc.id]
            reply = self._answer([entry.id, frag.id], query, state, confidence=1.0)
            answer = f"{composer.glossary_text(entry)}\n\nYour notes say: {composer.notes_text([frag])}"
        return replace(reply, answer=answer)

    def _why_of_last(self, query: Analysis, state: ConversationState) -> Reply | None:
        last = [self._fragments[i] for i in state.last_doc_ids if i in self._fragments]
        reasons = [r for f in last for r in f.because if r not in state.last_doc_ids]
        if not reasons:
            return None
        return self._answer(list(dict.fromkeys(reasons)), query, state, confidence=0.9)

    def _next_in_story(self, query: Analysis, state: ConversationState) -> Reply | None:
        """The note after the last one shown, in the notes' own order, if it is about
        what the student now names (or they name nothing new)."""
        topic = list(self.kb.topic(state.last_topic).fragments)
        shown = [i for i, f in enumerate(topic) if f.id in state.last_doc_ids]
        if not shown or shown[-1] + 1 >= len(topic):
            return None
        nxt = topic[shown[-1] + 1]
        wanted = [s for s in query.stems if s not in self._free_stems and s not in context.SEQUENCE_WORDS]
        if wanted and not set(matched_stems(tuple(wanted), self.corpus.docs[nxt.id])):
            return None
        return self._answer([nxt.id], query, state, confidence=0.8)

    def _clarify(self, options: list[Candidate], query: Analysis, state: ConversationState) -> Reply:
        state.pending_options = tuple(c.doc.id for c in options)
        labels = []
        for n, cand in enumerate(options, 1):
            frag = self._fragments[cand.doc.id]
            labels.append(f"{n}. {self.kb.topic(frag.topic).title}: {composer.sentence(frag.text)}")
        answer = "Your notes have this in two places. Which do you mean?\n" + "\n".join(labels)
        return Reply("clarify", answer, "question", confidence=options[0].confidence,
                     options=tuple(labels), corrections=query.corrections)

    def _resolve_option(self, text: str, query: Analysis, state: ConversationState) -> str:
        words = text.lower().split()
        picks = {"1": 0, "first": 0, "one": 0, "2": 1, "second": 1, "two": 1}
        for word in words:
            if word.strip(".!") in picks and picks[word.strip(".!")] < len(state.pending_options):
                return state.pending_options[picks[word.strip(".!")]]
        for option in state.pending_options:
            topic = self.kb.topic(self._fragments[option].topic)
            if any(w in topic.title.lower() for w in words if len(w) > 3):
                return option
        return ""

    def _decline(self, query: Analysis, ranked: list[Candidate], state: ConversationState) -> Reply:
        topic_ids = list(islice(dict.fromkeys(c.topic for c in ranked), 3))
        titles = [self.kb.topic(t).title for t in topic_ids] or [t.title for t in self.kb.topics[:LISTED_TOPICS]]
        more = len(self.kb.topics) - LISTED_TOPICS if not topic_ids else 0
        answer = ("Your notes don't cover that. The nearest topics in your notes are: " + "; ".join(titles)
                  + (f"; and {more} more (say 'topics' to see them all)." if more > 0 else "."))
        return Reply("out_of_scope", answer, "question",
                     confidence=ranked[0].confidence if ranked else 0.0,
                     options=tuple(titles), corrections=query.corrections)

    def _intent_of(self, text: str, query: Analysis, retrieval_confidence: float) -> str:
        """A command only when the line is one: nothing left over that the notes could be asked about.

        Intents are tried best first; one whose examples do not account for every
        content word ("help me with quadratic equations") gives way to the next.
        """
        matches = self.intents.match(text)
        question = next((m.score for m in matches if m.name == "question"), 0.0)
        asks = context.is_question(query.canonical)
        for match in matches:
            if match.name == "question" or match.score < INTENT_MIN or question >= match.score - 0.03:
                return "question"
            if asks and match.name in ("quit", "greet", "thanks"):
                continue  # "when did they leave?" is not goodbye
            if match.name == "explain":
                return match.name
            vocabulary = self._intent_stems[match.name]
            if not query.entities and all(s in vocabulary for s in query.stems):
                return match.name
        return "question"

    def show_notes(self, doc_ids: list[str], state: ConversationState) -> Reply:
        """These notes (or glossary entries) as an answer, remembered as the last one."""
        return self._answer(list(doc_ids), self.corpus.analyzer.analyse(""), state, confidence=1.0)

    def _intent_reply(self, name: str, state: ConversationState, short: bool = False) -> Reply:
        from tutor.dialogue import intent_replies

        return intent_replies.reply_for(self, name, state, short)

    # ----------------------------------------------------------------- state
    def _remember_question(self, query: Analysis, state: ConversationState) -> None:
        """A new question: what follow-ups lean on, and nothing shown for it yet."""
        state.shown = set()
        state.last_stems, state.last_char_text = query.stems, query.char_text

    def _remember_answer(self, doc_ids, query: Analysis, frags: list[Fragment], entries, state: ConversationState) -> None:
        state.last_doc_ids = tuple(doc_ids)
        state.shown.update(doc_ids)
        if frags:
            state.last_topic = frags[0].topic
        named: list[str] = [e for e in query.entities if e in query.persons]  # in the order named
        for frag in frags:
            named.extend(sorted(self.corpus.docs[frag.id].persons - {self.corpus.subject_person}))
        named.extend(e.id for e in entries if e.kind == "person")
        if any(self.corpus.subject_person in self.corpus.docs[f.id].persons for f in frags):
            named.append(self.corpus.subject_person)
        state.last_persons = tuple(dict.fromkeys(named))
