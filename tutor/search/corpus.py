"""Build the searchable corpus from a knowledge base: one document per note
fragment, its text with its trail of headings.

Glossary entries are not searched: they answer only questions that ask what
a named term is (see Tutor._definition_entry), so background never stands
in for the notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from tutor.notes.model import Intent, KnowledgeBase
from tutor.search.analysis import Analysis, Analyzer
from tutor.search.doctable import DocPacker, DocsById, IndexedDoc
from tutor.search.index import RetrievalIndex, fit_index, word_features
from tutor.search.matching import StemMatcher, TermWeights
from tutor.settings import Settings
from tutor.text.lexicon import FRAMING_WORDS, GENERIC_QUESTION_VERBS, STOPWORDS, SYNONYMS, ordinary_words
from tutor.text.normalise import raw_tokens, stem


@dataclass(frozen=True)
class Corpus:
    analyzer: Analyzer
    index: RetrievalIndex
    docs: DocsById  # by fragment id
    subject_person: str  # the person every note is implicitly about (named most often)
    subject_words: frozenset[str]  # topic and glossary names, masked for intent matching
    weights: TermWeights


def _vocabulary(kb: KnowledgeBase, intents: tuple[Intent, ...]) -> set[str]:
    words: set[str] = set(STOPWORDS) | set(FRAMING_WORDS) | set(GENERIC_QUESTION_VERBS) | set(SYNONYMS)
    for topic in kb.topics:
        words.update(raw_tokens(topic.title))
        for heading in topic.headings:
            words.update(raw_tokens(heading.text))
        for frag in topic.fragments:
            words.update(raw_tokens(frag.text))
    for entry in kb.glossary:
        for name in entry.names:
            words.update(raw_tokens(name))
    for intent in intents:
        for example in intent.examples:
            words.update(raw_tokens(example))
    return {w for w in words if not w.isdigit()}


def near_pairs(stems: tuple[str, ...]) -> frozenset[tuple[str, str]]:
    """Stems standing together (at most one word between), in either order."""
    pairs = set()
    for gap in (1, 2):
        for a, b in zip(stems, stems[gap:]):
            pairs.update({(a, b), (b, a)})
    return frozenset(pairs)


def build_corpus(kb: KnowledgeBase, intents: tuple[Intent, ...], settings: Settings | None = None) -> Corpus:
    ordinary = frozenset(ordinary_words())
    analyzer = Analyzer(kb.glossary, _vocabulary(kb, intents), ordinary)
    packer = DocPacker()
    stem_runs, char_texts = [], []
    mentions: Counter[str] = Counter()
    trails: dict[tuple[str, ...], Analysis] = {}
    for frag in kb.fragments:
        body = analyzer.analyse(frag.text, correct=False)
        if frag.trail not in trails:  # many notes share a trail: analyse each once
            trails[frag.trail] = analyzer.analyse(" ".join(frag.trail), correct=False)
        trail = trails[frag.trail]
        persons = body.persons | trail.persons
        mentions.update(persons)
        numbers = frozenset(t for t in body.tokens + trail.tokens if t.isdigit())
        packer.add(IndexedDoc(frag.id, frag.topic, frozenset(body.stems + trail.stems), persons,
                              numbers=numbers, words=frozenset((body.char_text + " " + trail.char_text).split())))
        stem_runs.append((body.stems, trail.stems))
        char_texts.append(body.char_text + " " + trail.char_text)
    table = packer.table()
    subject = mentions.most_common(1)[0][0] if mentions else ""
    subject_words: set[str] = set()
    for entry in kb.glossary:
        for name in entry.names:
            subject_words.update(t for t in raw_tokens(name) if t not in STOPWORDS)
    for topic in kb.topics:
        subject_words.update(t for t in raw_tokens(topic.title) if t not in STOPWORDS and t not in FRAMING_WORDS)
    index = fit_index(table, (word_features(body) + word_features(trail) for body, trail in stem_runs), char_texts)
    name_stems = frozenset(s for e in kb.glossary for n in e.names for s in analyzer.analyse(n, correct=False).stems)
    matcher = StemMatcher(frozenset(table.terms))  # every stem of the notes (and their words: harmless)
    weights = TermWeights(index, frozenset(stem(w) for w in ordinary), name_stems, matcher, settings or Settings())
    return Corpus(analyzer, index, DocsById(table), subject, frozenset(subject_words), weights)
