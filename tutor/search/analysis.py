"""Turn a student's question into the tokens, stems and named things retrieval uses.

Indexing runs the notes through the same Analyzer (without spelling
correction), so a question and a note meet on identical terms.
"""

from __future__ import annotations

from dataclasses import dataclass
from functools import cached_property

from tutor.notes.model import GlossaryEntry
from tutor.text.lexicon import ordinary_words
from tutor.text.normalise import content_stems, is_content, raw_tokens, stem
from tutor.text.spelling import SpellingCorrector
from tutor.text.synonyms import Synonyms


@dataclass(frozen=True)
class Analysis:
    """What a piece of text is about, in the index's own terms."""

    words: tuple[str, ...]          # the text's normalised words, as typed (before correction)
    tokens: tuple[str, ...]         # corrected, with synonyms and the names of entities named
    stems: tuple[str, ...]
    entities: tuple[str, ...]
    persons: frozenset[str]
    corrections: tuple[tuple[str, str], ...] = ()

    @property
    def canonical(self) -> str:
        """The line as normalised words ("wat's the gmd" -> "what is the gmd"), for reading its form."""
        return " ".join(self.words)

    @property
    def char_text(self) -> str:
        """The content words, unstemmed: what character n-grams are taken from."""
        return " ".join(t for t in self.tokens if is_content(t))


EVERYDAY_TYPO_LENGTH = 7   # shorter unknown words are more often names ("kirov", "munich") than typos


class Analyzer:
    """Knows the vocabulary and the glossary's names; analyses any text the same way."""

    def __init__(self, glossary: tuple[GlossaryEntry, ...], vocabulary: set[str],
                 ordinary: frozenset[str] = frozenset(), known_stems: frozenset[str] | None = None,
                 synonyms: Synonyms | None = None):
        self.synonyms = synonyms or Synonyms.of()
        apply_synonyms = self.synonyms.apply
        self._names: list[tuple[tuple[str, ...], GlossaryEntry]] = []
        for entry in glossary:
            for name in entry.names:
                toks = tuple(stem(t) for t in apply_synonyms(raw_tokens(name)))
                if toks:
                    self._names.append((toks, entry))
        self._by_first: dict[str, list[tuple[tuple[str, ...], GlossaryEntry]]] = {}
        for toks, entry in self._names:
            self._by_first.setdefault(toks[0], []).append((toks, entry))
        name_words = {t for e in glossary for n in e.names for t in apply_synonyms(raw_tokens(n))}
        self.speller = SpellingCorrector(vocabulary | name_words)
        # Everyday English words are left as typed: "stay" is not a typo of "say".
        self.vocabulary = frozenset(vocabulary)
        if known_stems is None:
            known_stems = frozenset(stem(w) for w in vocabulary) | frozenset(stem(w) for w in ordinary)
        self.known_stems = known_stems

    @cached_property
    def everyday(self) -> frozenset[str]:
        """Everyday English words (a name is none of them)."""
        return frozenset(ordinary_words())

    @cached_property
    def everyday_speller(self) -> SpellingCorrector:
        """Everyday English, for a typo of a word the notes do not use: read as that word
        it weighs as everyday English (and may mean a word of the notes), not as a name."""
        return SpellingCorrector(self.everyday)

    def entities_in(self, tokens) -> list[GlossaryEntry]:
        """Glossary entries named in the tokens (compared as stems: "stalins" names Stalin)."""
        tokens = [stem(t) for t in tokens]
        hits = []
        for i, tok in enumerate(tokens):
            for toks, entry in self._by_first.get(tok, ()):
                if tuple(tokens[i: i + len(toks)]) == toks:
                    hits.append((len(toks), entry))
        hits.sort(key=lambda hit: -hit[0])  # longest first: "treaty of berlin" before "berlin"
        found: list[GlossaryEntry] = []
        for _, entry in hits:
            if entry not in found:
                found.append(entry)
        return found

    def analyse(self, text: str, correct: bool = True) -> Analysis:
        return self.analyse_words(tuple(raw_tokens(text)), correct)

    def analyse_words(self, words: tuple[str, ...], correct: bool = True) -> Analysis:
        """Analyse words already normalised (raw_tokens): a turn is tokenised once,
        and what is derived from it (a named thing, a pronoun resolved) is analysed
        from its words, never from the raw text again."""
        tokens = list(words)
        corrections = []
        if correct:
            fixed = []
            for tok in tokens:
                right = tok if stem(tok) in self.known_stems else self.speller.correct(tok)
                if right == tok and stem(tok) not in self.known_stems and len(tok) >= EVERYDAY_TYPO_LENGTH:
                    right = self.everyday_speller.correct(tok)  # "retaned": an everyday word, misspelt
                if right != tok:
                    corrections.append((tok, right))
                fixed.append(right)
            tokens = fixed
        tokens = self.synonyms.apply(tokens)
        entities = self.entities_in(tokens)
        expanded = list(tokens)
        for entry in entities:
            for tok in self.synonyms.apply(raw_tokens(entry.term)):
                if tok not in expanded:
                    expanded.append(tok)
        persons = frozenset(e.id for e in entities if e.kind == "person")
        return Analysis(
            words=tuple(words),
            tokens=tuple(expanded),
            stems=tuple(content_stems(expanded)),
            entities=tuple(e.id for e in entities),
            persons=persons,
            corrections=tuple(corrections),
        )
