"""Build the searchable corpus from a knowledge base: one document per note
fragment, its text with its trail of headings.

Glossary entries are not searched: they answer only questions that ask what
a named term is (see Tutor._definition_entry), so background never stands
in for the notes."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass, field

from tutor.notes.model import Intent, KnowledgeBase
from tutor.search.analysis import Analysis, Analyzer
from tutor.search.doctable import DocPacker, DocsById, IndexedDoc
from tutor.search.evidence import PERSON, note_evidence
from tutor.search.index import RetrievalIndex, fit_index, word_features
from tutor.search.matching import StemMatcher, TermWeights
from tutor.search.sections import heading_reader
from tutor.settings import Settings
from tutor.text.lexicon import (
    FRAMING_WORDS,
    GENERIC_PEOPLE,
    GENERIC_QUESTION_VERBS,
    STOPWORDS,
    WEIGHING_SIDES,
    ordinary_words,
)
from tutor.text.neighbours import load_neighbours, merged, neighbour_stems
from tutor.text.normalise import hyphen_joins, raw_tokens, stem
from tutor.text.phrasal import phrasal_verbs
from tutor.text.spelling import misspelt_words
from tutor.text.synonyms import Synonyms
from tutor.text.wordnet import STRENGTH, WordNet, compound_stems, related_stems


@dataclass(frozen=True)
class Corpus:
    analyzer: Analyzer
    index: RetrievalIndex
    docs: DocsById  # by fragment id
    subject_person: str  # the person every note is implicitly about (named most often)
    subject_words: frozenset[str]  # topic and glossary names, masked for intent matching
    weights: TermWeights
    phrases: dict[str, str] = field(default_factory=dict)  # English phrasal verbs and the words the notes
    # misspell -> the notes' word (WordNet; tutor.text.spelling.misspelt_words)


def _notes_words(kb: KnowledgeBase) -> set[str]:
    """Every word of the notes' titles, headings, notes and glossary names (read once a build)."""
    words: set[str] = set()
    for topic in kb.topics:
        words.update(raw_tokens(topic.title))
        for heading in topic.headings:
            words.update(raw_tokens(heading.text))
        for frag in topic.fragments:
            words.update(raw_tokens(frag.text))
    for entry in kb.glossary:
        for name in entry.names:
            words.update(raw_tokens(name))
    return words


def _vocabulary(notes_words: set[str], intents: tuple[Intent, ...], synonyms: Synonyms) -> set[str]:
    words = set(STOPWORDS) | set(FRAMING_WORDS) | set(GENERIC_QUESTION_VERBS) | synonyms.keys() | notes_words
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


def _children(kb: KnowledgeBase) -> dict[tuple[str, ...], list[str]]:
    """The texts of the notes directly under each note, by (topic, *trail, the note's text)."""
    out: dict[tuple[str, ...], list[str]] = {}
    for frag in kb.fragments:
        out.setdefault((frag.topic, *frag.trail), []).append(frag.text)
    return out


def people_stems(words, wordnet: WordNet, stem, strength: float) -> dict[str, dict[str, float]]:
    """A word for anybody ("guy", "person", "someone") nearly means each of the notes'
    words for a kind of person ("his main guy for foreign affairs": the "chief
    representative")."""
    kinds = {stem(w) for w in words if w.isalpha() and any(wordnet.is_a(lemma, PERSON, senses=1, as_noun=True)
                                                           for lemma in wordnet.lemmas_of(w, nouns_only=True)[:1])}
    return {stem(g): {k: strength for k in kinds} for g in GENERIC_PEOPLE} if kinds else {}


def build_corpus(kb: KnowledgeBase, intents: tuple[Intent, ...], settings: Settings | None = None) -> Corpus:
    settings = settings or Settings()
    ordinary = ordinary_words()
    wordnet = WordNet.load()
    # "set up" read as the notes' "establish": English, under the notes' own table
    notes_words = _notes_words(kb)
    phrases = phrasal_verbs(_vocabulary(notes_words, (), Synonyms.of()) - set(STOPWORDS), wordnet)
    # what each note names and holds (a person, a time, a number), worked out once a build
    evidence = [note_evidence(frag.text, ordinary, wordnet) for frag in kb.fragments]
    # a note under a heading that asks why ("Why?", "Why did it fail?") gives a reason, in whatever words
    evidence = [(named, marks | {"cause"}) if frag.trail and raw_tokens(frag.trail[-1])[:1] == ["why"]
                else (named, marks) for frag, (named, marks) in zip(kb.fragments, evidence)]
    # "Exti polls" in the notes is what a question's "exit poll" means: read as they spell it
    # (never a name of theirs: "Stalin" misspells no "stain")
    named = {stem(p.partition(":")[2]) for people, _ in evidence for p in people if p.startswith("name:")}
    misspelt = misspelt_words({w for w in notes_words if stem(w) not in named}, ordinary,
                              lambda w: bool(wordnet.lemmas_of(w)), settings.misspelling_floor)
    phrases |= {english: word for word, english in misspelt.items() if english not in notes_words}
    # "Bi-variate" in the notes is what a question's "bivariate" means
    texts = [frag.text for frag in kb.fragments] + [h.text for topic in kb.topics for h in topic.headings]
    phrases |= {joined: parts for text in texts for joined, parts in hyphen_joins(text).items()
                if joined not in notes_words}
    # "downsides" are the notes' "Cons"
    for side in WEIGHING_SIDES:
        held = sorted(side & notes_words)
        phrases.update({word: " ".join(held) for word in sorted(side - notes_words)} if held else {})
    # "not enough" is what the notes' "insufficient" says
    for phrase, word in negated_phrases(notes_words, wordnet).items():
        phrases.setdefault(phrase, word)
    synonyms = notes_synonyms(phrases, kb.synonyms)
    analyzer = Analyzer(kb.glossary, _vocabulary(notes_words, intents, synonyms), frozenset(ordinary),
                        synonyms=synonyms)
    packer = DocPacker()
    stem_runs, char_texts = [], []
    note_words: set[str] = set()
    mentions: Counter[str] = Counter()
    trails: dict[tuple[str, ...], Analysis] = {}
    under = _children(kb)
    unnumbered = heading_reader(h.text for topic in kb.topics for h in topic.headings)
    spread: dict[str, set[str]] = {}  # stem -> the topics whose notes use it
    for frag, (people, marks) in zip(kb.fragments, evidence):
        body = analyzer.analyse(frag.text, correct=False)
        if frag.trail not in trails:  # many notes share a trail: analyse each once
            trails[frag.trail] = analyzer.analyse(" ".join(map(unnumbered, frag.trail)), correct=False)
        trail = trails[frag.trail]
        persons = body.persons | trail.persons
        mentions.update(persons)
        numbers = frozenset(t for t in body.tokens + trail.tokens if t.isdigit())
        # a note that heads others is answered with them: their words are its own too
        shown = [analyzer.analyse(text, correct=False) for text in under.get((frag.topic, *frag.trail, frag.text), ())]
        own = frozenset(body.stems).union(*(child.stems for child in shown))
        for s in body.stems:
            spread.setdefault(s, set()).add(frag.topic)
        packer.add(IndexedDoc(frag.id, frag.topic, own | frozenset(trail.stems), persons,
                              numbers=numbers | frozenset(t for child in shown for t in child.tokens if t.isdigit()),
                              words=frozenset((body.char_text + " " + trail.char_text).split()), own=own,
                              people=people | {f"{kind}:{p}" for p in body.persons for kind in ("person", "name")},
                              marks=marks))
        stem_runs.append((body.stems, trail.stems))
        char_texts.append(body.char_text + " " + trail.char_text)
        note_words.update(w for w in char_texts[-1].split() if w.isalpha())
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
    commonness: dict[str, float] = {}
    usual: dict[str, str] = {}  # each stem's commonest word
    for word, zipf in ordinary.items():  # a stem is as common as its commonest word
        key = stem(word)
        if zipf >= commonness.get(key, 0.0):
            commonness[key], usual[key] = zipf, word
    everywhere = max(2, (len(kb.topics) + 1) // 2)  # notes of half the topics use it: what the notes are about
    near_words = merged(merged(related_stems(note_words, wordnet, ordinary, stem),
                               compound_stems(note_words, ordinary, stem, settings.related_share)),
                        people_stems(note_words, wordnet, stem, STRENGTH["narrower"]))
    if settings.neighbour_floor < 1.0:  # 1.0 turns the sentence-model neighbours off (an ablation)
        neighbours = load_neighbours(settings.neighbour_floor, note_words)
        near_words = merged(near_words, neighbour_stems(note_words, neighbours, settings.neighbour_floor,
                                                         settings.neighbour_strength, stem, usual,
                                                         wordnet.direct_opposites))
    # what the notes are about: words of half their topics' notes, and of their title when no note
    # says it again ("# Bacteria" over notes that never do: a question's "bacteria" is no stranger)
    about = {s for s, topics in spread.items() if len(topics) >= everywhere}
    about |= {s for s in analyzer.analyse(kb.title, correct=False).stems if index.idf(s) is None} if kb.title else set()
    weights = TermWeights(index, commonness, name_stems, matcher, settings, near_words, frozenset(about))
    return Corpus(analyzer, index, DocsById(table), subject, frozenset(subject_words), weights, phrases)


def negated_phrases(words, wordnet: WordNet) -> dict[str, str]:
    """For the words of some notes, each word that says what one of them says when
    negated: {"not enough": "insufficient", "not trust": "distrust"}. A negated word
    that could mean two of the notes' words (in different stems) means neither."""
    meant: dict[str, set[str]] = {}
    for word in sorted(words):
        if len(word) >= 4 and word.isalpha():
            for other in wordnet.negations_meaning(word):
                meant.setdefault(other, set()).add(word)
    return {f"not {other}": min(found) for other, found in meant.items() if len({stem(w) for w in found}) == 1}


def notes_synonyms(phrases: dict[str, str], table: dict[str, str]) -> Synonyms:
    """English phrases read as the notes' words, and the notes' own synonyms table over them."""
    return Synonyms.of({**phrases, **table})
