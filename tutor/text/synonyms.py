"""Rewriting the words a student uses into the words their notes use.

English gives one rule every set of notes shares: a negative contraction is
a "not" ("didn't", "wasn't", "never"), since negation is meaning. Everything
else is the notes' own: a knowledge folder may hold a synonyms.yaml of the
words and phrases its students use for what the notes say in other words
("get rid of" -> "removing"); that table, and no word of any subject, is what
this module applies.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field

from tutor.text.lexicon import NEGATIONS

Phrase = tuple[tuple[str, ...], tuple[str, ...]]


@dataclass(frozen=True)
class Synonyms:
    words: dict[str, tuple[str, ...]] = field(default_factory=dict)
    phrases: dict[str, tuple[Phrase, ...]] = field(default_factory=dict)  # by first word, longest first

    @classmethod
    def of(cls, table: Mapping[str, str] | None = None) -> Synonyms:
        """From a {words or phrase: the notes' words} table (already normalised words)."""
        words: dict[str, tuple[str, ...]] = {w: ("not",) for w in NEGATIONS}
        by_first: dict[str, list[Phrase]] = {}
        for key, value in (table or {}).items():
            said, meant = tuple("not" if w in NEGATIONS else w for w in key.split()), tuple(value.split())
            if not said or not meant:
                continue
            if len(said) == 1:
                words[said[0]] = meant
            else:
                by_first.setdefault(said[0], []).append((said, meant))
        phrases = {first: tuple(sorted(found, key=lambda p: -len(p[0]))) for first, found in by_first.items()}
        return cls(words, phrases)

    def apply(self, tokens: list[str]) -> list[str]:
        """The tokens with phrases, then single words, read as the notes' words. A
        negation is "not" before phrases are read, so "isn't enough" is "not enough"."""
        tokens = [tok if tok not in NEGATIONS else "not" for tok in tokens]
        joined: list[str] = []
        i = 0
        while i < len(tokens):
            for said, meant in self.phrases.get(tokens[i], ()):
                if tuple(tokens[i: i + len(said)]) == said:
                    joined.extend(meant)
                    i += len(said)
                    break
            else:
                joined.append(tokens[i])
                i += 1
        out: list[str] = []
        for tok in joined:
            out.extend(self.words.get(tok, (tok,)))
        return out

    def keys(self) -> set[str]:
        """Every word this table reads (so spelling correction knows them)."""
        return set(self.words) | {w for found in self.phrases.values() for said, _ in found for w in said}
