"""What the stages of a turn read: the notes, their index and the tools built on
them, made once when the tutor starts and never changed by a turn.

This is the engine's public interface inside the dialogue room: stages, the
practice sessions and the intent replies read these fields and nothing
private of the Tutor's.
"""

from __future__ import annotations

from dataclasses import dataclass

from tutor.coaching.grading import Grader
from tutor.coaching.progress import ProgressStore
from tutor.dialogue.intents import IntentClassifier
from tutor.notes.model import Fragment, GlossaryEntry, Intent, KnowledgeBase
from tutor.search.analysis import Analysis
from tutor.search.branches import BranchIndex
from tutor.search.corpus import Corpus
from tutor.settings import Settings
from tutor.text.lexicon import ASPECT_WORDS
from tutor.text.normalise import stem


def asked_stems(query: Analysis) -> frozenset[str]:
    """The stems a line asks with: its content stems and the words of an aspect its search
    leaves out ("and the effects?" asks for the effects: no request for 'more')."""
    return frozenset(query.stems) | {stem(w) for w in query.words if w in ASPECT_WORDS}


@dataclass(frozen=True)
class Resources:
    kb: KnowledgeBase
    corpus: Corpus
    branches: BranchIndex
    intents: IntentClassifier
    grader: Grader
    settings: Settings
    progress: ProgressStore | None
    glossary: dict[str, GlossaryEntry]           # by id
    intent_stems: dict[str, frozenset[str]]      # every stem of each intent's examples, aspect words too
    subject_term: str                            # who the notes are about ("Stalin"), or ""
    free_stems: frozenset[str]                   # stems of that subject's names: every note is about them

    @classmethod
    def build(cls, kb: KnowledgeBase, intents: tuple[Intent, ...], corpus: Corpus, classifier: IntentClassifier,
              branches: BranchIndex, progress: ProgressStore | None, settings: Settings) -> Resources:
        analyse = corpus.analyzer.analyse
        glossary = {g.id: g for g in kb.glossary}
        intent_stems = {i.name: frozenset(s for ex in i.examples for s in asked_stems(analyse(ex, correct=False)))
                        for i in intents}
        subject = glossary.get(corpus.subject_person)
        free = frozenset(analyse(" ".join(subject.names), correct=False).stems) if subject else frozenset()
        grader = Grader(corpus.analyzer, corpus.index.char, settings, corpus.weights.related,
                        notes_terms=corpus.index.docs.terms,
                        glossary_names=tuple(name for entry in kb.glossary for name in entry.names), subject=free)
        return cls(kb, corpus, branches, classifier, grader, settings, progress, glossary, intent_stems,
                   subject.term if subject else "", free)

    def fragment(self, fragment_id: str) -> Fragment:
        return self.kb.fragment(fragment_id)

    def heads_notes(self, fragment_id: str) -> bool:
        """Whether the note is also the heading of notes under it (answered with them)."""
        return self.branches.under(self.fragment(fragment_id)) is not None

    def is_fragment(self, doc_id: str) -> bool:
        return doc_id in self.kb.by_id
