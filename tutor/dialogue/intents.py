"""Recognise what kind of turn a student's line is (greeting, 'tell me more', a
request to be tested...) from the example phrasings in intents/*.yaml.

Subject words (topic names, glossary names) are masked before matching, so
"test me on China" and "test me on the Comintern" look alike to the matcher
and one example covers every topic.
"""

from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from tutor.notes.model import Intent
from tutor.search.vectors import TfidfModel, char_wb_ngrams
from tutor.text.normalise import raw_tokens

SUBJECT = "topicx"
CHAR_NGRAMS = (2, 4)


def _identity(features):
    return features


def word_grams(text: str) -> list[str]:
    """Words and adjacent word pairs of an already prepared line."""
    words = text.split()
    return words + [f"{a} {b}" for a, b in zip(words, words[1:])]


@dataclass(frozen=True)
class IntentMatch:
    name: str
    score: float  # cosine similarity to the nearest example, in [0, 1]
    example: str = ""


def mask_subjects(tokens: list[str] | tuple[str, ...], subject_words: frozenset[str]) -> str:
    """Replace runs of subject words with one placeholder token."""
    out: list[str] = []
    for tok in tokens:
        if tok in subject_words:
            if not out or out[-1] != SUBJECT:
                out.append(SUBJECT)
        else:
            out.append(tok)
    return " ".join(out)


class IntentClassifier:
    """Nearest-example matcher over word and character TF-IDF of the masked examples."""

    def __init__(self, intents: tuple[Intent, ...], subject_words: frozenset[str],
                 models: tuple[TfidfModel, TfidfModel] | None = None):
        """Fits its models, unless `models` (word, char) come from the cache."""
        self.subject_words = subject_words
        self.intents = {i.name: i for i in intents}
        texts, labels, originals = [], [], []
        for intent in intents:
            for example in intent.examples:
                texts.append(self.prepare(example))
                labels.append(intent.name)
                originals.append(example)
        self._labels = np.array(labels)
        self._examples = originals
        if models is None:
            models = (TfidfModel.fit([word_grams(t) for t in texts], _identity),
                      TfidfModel.fit(texts, "char_wb", CHAR_NGRAMS))
        self.models = models
        self._word, self._char = models

    def prepare(self, text: str) -> str:
        return mask_subjects(raw_tokens(text), self.subject_words)

    def match(self, text: str) -> list[IntentMatch]:
        return self.match_words(tuple(raw_tokens(text)))

    def match_words(self, words: tuple[str, ...]) -> list[IntentMatch]:
        """Every intent with its best example similarity, best first, for a line
        already tokenised (tutor.dialogue.turn)."""
        prepared = mask_subjects(words, self.subject_words)
        if not prepared:
            return []
        sims = 0.5 * self._word.scores(word_grams(prepared))
        sims += 0.5 * self._char.scores(char_wb_ngrams(prepared, *CHAR_NGRAMS))
        best: dict[str, tuple[float, str]] = {}
        for label, sim, example in zip(self._labels, sims, self._examples):
            if sim > best.get(str(label), (-1.0, ""))[0]:
                best[str(label)] = (float(sim), example)
        ranked = sorted(best.items(), key=lambda kv: -kv[1][0])
        return [IntentMatch(name, min(1.0, score), example) for name, (score, example) in ranked]
