"""The one engine every front end calls: respond(text, state) -> Reply.

The REPL, `tutor ask` and `tutor eval` all come through Tutor.respond, so the
evaluation measures exactly what a student gets. The Tutor builds the notes'
index and the tools on it once (tutor.dialogue.resources) and hands each turn
to the dialogue pipeline (tutor.dialogue.pipeline); it keeps no conversation
of its own (that is the state the caller keeps).
"""

from __future__ import annotations

from pathlib import Path

from tutor.coaching.grading import Grade, Grader, closest_question
from tutor.coaching.progress import ProgressStore
from tutor.dialogue import compose, pipeline, practice
from tutor.dialogue.intents import IntentClassifier
from tutor.dialogue.reply import Reply
from tutor.dialogue.resources import Resources
from tutor.dialogue.state import ConversationState
from tutor.notes.loading import load_intents, load_knowledge
from tutor.notes.model import Intent, KnowledgeBase, Topic
from tutor.search.branches import Branch, BranchIndex
from tutor.search.corpus import Corpus, build_corpus
from tutor.settings import Settings


class Tutor:
    """Holds the indexed notes; keeps no conversation of its own (that is the state)."""

    def __init__(self, kb: KnowledgeBase, intents: tuple[Intent, ...], progress: ProgressStore | None = None,
                 corpus: Corpus | None = None, intent_classifier: IntentClassifier | None = None,
                 branches: tuple[Branch, ...] | None = None, settings: Settings | None = None):
        """Builds the index (with scikit-learn), unless `corpus`, `intent_classifier` and
        `branches` come ready from the cache (tutor.cache)."""
        settings = settings or Settings()
        corpus = corpus or build_corpus(kb, intents, settings)
        classifier = intent_classifier or IntentClassifier(intents, corpus.subject_words)
        self.resources = Resources.build(kb, intents, corpus, classifier, BranchIndex(kb, corpus.analyzer, branches),
                                         progress, settings)

    @classmethod
    def from_folders(cls, knowledge_dir: Path, intents_dir: Path, progress: ProgressStore | None = None,
                     settings: Settings | None = None) -> Tutor:
        return cls(load_knowledge(knowledge_dir), load_intents(intents_dir), progress, settings=settings)

    # what the front ends and the cache read
    @property
    def kb(self) -> KnowledgeBase:
        return self.resources.kb

    @property
    def corpus(self) -> Corpus:
        return self.resources.corpus

    @property
    def intents(self) -> IntentClassifier:
        return self.resources.intents

    @property
    def branches(self) -> BranchIndex:
        return self.resources.branches

    @property
    def grader(self) -> Grader:
        return self.resources.grader

    @property
    def progress(self) -> ProgressStore | None:
        return self.resources.progress

    @property
    def settings(self) -> Settings:
        return self.resources.settings

    def respond(self, text: str, state: ConversationState) -> Reply:
        """Answer one line of the student's, updating the conversation state in place."""
        return pipeline.respond(self.resources, text, state)

    def grade(self, question: str, answer: str) -> Grade | None:
        """Grade one explanation of the why-question `question` means; None when it
        means none of them."""
        why = closest_question(self.kb.why_questions, question, self.settings.close_question)
        return self.grader.grade(why, answer) if why else None

    def topic_named(self, text: str) -> Topic | None:
        """The topic of the notes these words name ("the treaty of berlin"), or None."""
        return practice.topic_named(self.resources, text)

    def show_notes(self, doc_ids: list[str], state: ConversationState) -> Reply:
        """These notes (or glossary entries) as an answer, remembered as the last one."""
        return compose.show_notes(self.resources, doc_ids, state)
