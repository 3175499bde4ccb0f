"""Find one point (or misconception) in a stretch of a student's words: its key
ideas by stem, by a slip in spelling, by a word WordNet files with them in their
usual sense, or by an opposite, and whether they are said the point's way round
("not", "never", "weak" for "not strong" flip a stretch). Used by
tutor.coaching.grading, which weighs every point of a question this way.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from functools import lru_cache

from rapidfuzz.distance import OSA

from tutor.coaching.clauses import Unit, make_unit
from tutor.coaching.transfer import Transfer
from tutor.search.vectors import TfidfModel, char_wb_ngrams
from tutor.settings import Settings
from tutor.text.normalise import raw_tokens, stem
from tutor.text.synonyms import Synonyms
from tutor.text.wordnet import WordNet

Term = tuple[str, str, frozenset[str]]   # a key word's stem, the word, the stems of its opposites
Wording = tuple[tuple[Term, ...], bool]  # the terms, and whether the wording carries its own 'not'
Opposites = Callable[[str], frozenset[str]]


def _compile(groups, synonyms: Synonyms | None = None, opposites: Opposites | None = None,
             text: str = "") -> list[list[Wording]]:
    """Each way of saying a key idea: the stems it needs (with the words that would
    say the opposite of each), and whether it carries its own "not" ("would not
    fight" says neutral; "weak" says not strong)."""
    compiled: list[list[Wording]] = []
    own = set(make_unit(text).stems) if text else set()
    broad = _broad_words(synonyms)
    for group in groups:
        alts: list[Wording] = []
        for alt in group:
            # as the notes' synonyms read it ("security" is their "safe"), unless that is a word many
            # words are read as, which the point does not use itself ("friends" read as the notes'
            # "relations" would be met by any "relationship"); and as written (so "secure" still
            # meets "security")
            read, written = make_unit(alt, synonyms=synonyms), make_unit(alt)
            if not broad.isdisjoint(set(read.words) - set(written.words)) and not set(read.stems) <= own:
                read = written
            for unit in dict.fromkeys((read, written)):
                terms = tuple((s, w, opposites(w) if opposites else frozenset())
                              for s, w in zip(unit.stems, unit.words) if s)
                wording = (terms, (len(unit.negators) + len(unit.antonyms)) % 2 == 1)
                if terms and wording not in alts:
                    alts.append(wording)
        compiled.append(alts)
    return compiled


BROAD = 3  # a word of the notes this many words are read as ("relations": friends, friendship...)


def _broad_words(synonyms: Synonyms | None) -> frozenset[str]:
    """The notes' words that several different words are read as."""
    if synonyms is None:
        return frozenset()
    counts = Counter(meant for meant in synonyms.words.values() if len(meant) == 1)
    return frozenset(meant[0] for meant, n in counts.items() if n >= BROAD)


def _position(term: Term, unit: Unit, opposites: Opposites | None = None,
              near: Opposites | None = None, everyday: frozenset[str] = frozenset()) -> tuple[int, bool]:
    """Where the unit has this term word, by stem, as a misspelling of the word or as a
    word of the student's that means it in its usual sense ("frightened" for "scared"), and
    whether it has it said by its opposite ("defend" for "attack", or "lenient" for
    "discipline": either word may be the one WordNet knows the opposite of); -1 if
    nowhere. A word of `everyday` English is what it says, never a slip ("loads" is no
    misspelt "loans")."""
    stem_, word, opposite = term
    for i, (s, w) in enumerate(zip(unit.stems, unit.words)):
        if s and (s == stem_ or _same_family(stem_, s) or (w not in everyday and _misspelt(word, w)
                                                            and not _unsaid(s, stem_))):
            return i, False  # ("decentralism" is no slip of "centralism": it undoes it)
    for i, (s, w) in enumerate(zip(unit.stems, unit.words)):
        if s and near is not None and stem_ in near(w):  # the student's word means the key word
            return i, False
    for i, said in unit.phrases:
        if near is not None and stem_ in said:  # "stuck to the policies": followed them
            return min(i, len(unit.stems) - 1), False
    for i, (s, w) in enumerate(zip(unit.stems, unit.words)):
        if s and (s in opposite or not opposite.isdisjoint(_lemma_stems(w)) or _unsaid(s, stem_) or (
                opposites is not None and any(o == stem_ or _same_family(o, stem_) for o in opposites(w)))):
            return i, True
    return -1, False


NEGATING_PREFIXES = ("dis", "non", "un", "in", "im", "il", "ir", "de")


@lru_cache(maxsize=65536)
def _unsaid(a: str, b: str) -> bool:
    """One stem is the other with a prefix that undoes it: "decentralised" for
    "centralism", "disobey" for "obey", "unstable" for "stable" (the rest at least
    five letters long, so "defend" is no undone "fend")."""
    for longer, shorter in ((a, b), (b, a)):
        for prefix in NEGATING_PREFIXES:
            rest = longer[len(prefix):]
            if longer.startswith(prefix) and len(rest) >= 5 and (rest == shorter or _same_family(rest, shorter)
                                                                 or shorter.startswith(rest)):
                return True
    return False


@lru_cache(maxsize=8192)
def _verb_first(word: str) -> bool:
    """Whether the word says a deed ("join": a verb, never an adjective), not how
    something is ("weak", "isolated")."""
    wordnet = WordNet.load()
    senses = [sid for lemma in wordnet.lemmas_of(word)[:1] for sid in wordnet.synsets[lemma]]
    return any(s.endswith("-v") for s in senses) and not any(s.endswith(("-a", "-s")) for s in senses)


@lru_cache(maxsize=8192)
def describes(word: str) -> bool:
    """Whether the word's usual sense says how something is (an adjective: "strict", "loose")."""
    wordnet = WordNet.load()
    senses = [sid for lemma in wordnet.lemmas_of(word)[:1] for sid in wordnet.synsets[lemma][:1]]
    return any(sid.endswith(("-a", "-s")) for sid in senses)


CHANGE_OF_AMOUNT = frozenset({"increase", "decrease", "raise", "lower"})  # WordNet's deeds of more and less


@lru_cache(maxsize=8192)
def raises_or_lowers(word: str) -> bool:
    """Whether the word's usual meaning as a deed is a way to make something more or less
    ("boosted": raise; "cut": decrease): its opposite ("lowered") says the other way round,
    whoever does it."""
    wordnet = WordNet.load()
    for lemma in wordnet.lemmas_of(word)[:2]:  # "increased": the verb "increase", not the adjective
        for sid in [s for s in wordnet.synsets.get(lemma, ()) if s.endswith("-v")][:1]:
            near = {sid, *wordnet.hypernyms.get(sid, ())}
            return any(not CHANGE_OF_AMOUNT.isdisjoint(wordnet.members.get(n, ())) for n in near)
    return False


@lru_cache(maxsize=8192)
def state_stems(word: str) -> frozenset[str]:
    """For a word that makes something so ("loosened", "weakened"), the stems of the words
    that say how it then is ("loose", "weak"): the adjectives spelt by the members of its
    usual sense, or made from it. Empty for a word that is no such verb."""
    wordnet = WordNet.load()
    found = set()
    for lemma in wordnet.lemmas_of(word)[:2]:
        deeds = [sid for sid in wordnet.synsets[lemma] if sid.endswith("-v")][:1]
        if not deeds:
            continue
        for member in (*wordnet.members.get(deeds[0], ()), *wordnet.pairs["D"].get(lemma, ())):
            if stem(member) != stem(lemma) and " " not in member and describes(member):  # "given" says "give"
                found.add(stem(member))
        break
    return frozenset(found)


@lru_cache(maxsize=8192)
def _lemma_stems(word: str) -> frozenset[str]:
    """The stems of the word's dictionary forms ("looser": loose), for a comparative the
    stemmer leaves whole (a word's forms never change: kept once read)."""
    return frozenset(stem(lemma) for lemma in WordNet.load().lemmas_of(word)[:2] if " " not in lemma)


def _same_family(a: str, b: str) -> bool:
    """communism/communist: a long shared start (longer than stems_meet asks: police is not policy)."""
    if a[:6] != b[:6]:
        return False  # no six letters in common at the start: the quick answer, asked often
    n = len(os.path.commonprefix([a, b]))
    return n >= 6 and n >= 0.75 * max(len(a), len(b))


def _misspelt(a: str, b: str) -> bool:
    """'nuetral' for 'neutral', 'isolatd' for 'isolated': one slip (two in a long word)."""
    if min(len(a), len(b)) < 5:
        return False
    a, b = a.removesuffix("s"), b.removesuffix("s")  # 'officals' for 'official'
    return OSA.distance(a, b) <= (1 if len(a) < 9 else 2)


def _negated(unit: Unit, spots: list[int]) -> bool:
    """Whether key words at these spots are said negatively: each word like "weak" among
    them flips once, and each "not" before the last of them flips once, unless a new
    subject ("it would stay neutral") starts between the "not" and that word."""
    last = max(spots)
    start = max((b for b in unit.breaks if b <= last), default=0)
    nots = sum(1 for n in unit.negators if start <= n < last)
    return (nots + sum(p in unit.antonyms for p in spots)) % 2 == 1


@dataclass
class PointMatcher:
    """One point or misconception, ready to be looked for in a unit."""

    groups: list[list[Wording]]
    text: str
    opposites: Opposites | None = None
    near: Opposites | None = None
    inverted: bool = False   # its own words say its key words negatively ("couldn't pay")
    everyday: frozenset[str] = frozenset()   # English words, never read as a slip for another
    own: frozenset[str] = frozenset()        # the stems of its own text
    describing: tuple[tuple[str, str], ...] = ()  # its own words that say how something is, with their stems
    raising: tuple[tuple[str, str], ...] = ()  # its own words that make something more or less ("boosted")
    transfer: Transfer | None = None  # who gives and who receives in its own words, if it says


    def find(self, unit: Unit, asked: frozenset[str] = frozenset(),
             given: frozenset[str] = frozenset()) -> tuple[int, bool, bool]:
        """How many key ideas the unit holds, whether the first (the one that carries
        the sense) is said the opposite way to how the matched wording means it, and
        whether that first one is there at all. A way of saying it made only of the
        question's words (`asked`) that its own text does not use is no key idea:
        asked why Stalin was pictured with Lenin, "pictures" is no "image" of him.
        A key idea after the first that the question itself names (`given`: its
        stems) goes without saying: asked why Stalin backed the GMD rather than the
        CCP, "he thought they were too weak" is about the CCP. Only when the first is
        said in its own words, not by a word WordNet files beside them ("next" for
        "follow on"): with a key idea taken as read, the one said must be sure."""
        hits, opposite, first, turned = 0, False, False, False
        taken_as_read = [n for n, group in enumerate(self.groups) if n and given and self._given(group, unit, given)]
        if taken_as_read and any(all(self._said(t, unit) for t in terms) for terms, _ in self.groups[0]):
            hits += len(taken_as_read)
        for n, group in enumerate(self.groups):
            if n in taken_as_read:
                continue
            for terms, own_not in self._ordered(group, unit):
                stems = {t[0] for t in terms}
                if stems <= asked and not stems <= self.own:
                    continue
                found = [_position(t, unit, self.opposites, self.near, self.everyday) for t in terms]
                if own_not and any(flipped and _verb_first(unit.words[p]) for p, flipped in found):
                    continue  # "join a boycott" is no "not isolated": a deed's opposite is no state denied
                if all(p >= 0 for p, _ in found):
                    hits += 1
                    flips = sum(flipped for _, flipped in found) % 2 == 1
                    if n == 0:
                        first = True
                        opposite = (_negated(unit, [p for p, _ in found]) != flips) != own_not
                    else:  # "purged the strongest members": the weak ones turned round (a "not"
                        # is read once, with the first key idea; here only words like "weak" count)
                        worded = sum(p in unit.antonyms for p, _ in found) % 2 == 1
                        turned = turned != ((worded != flips) != own_not)
                    break
        return hits, (opposite != turned) != self.inverted, first

    def _ordered(self, group: list[Wording], unit: Unit) -> list[Wording]:
        """The ways of saying a key idea, in the order they are tried. A wrong idea (matched
        without opposites) is said by any of its wordings: one the unit holds as it stands
        ("officials were safe") goes before one it would hold turned round ("not officials")."""
        if self.opposites is not None:
            return group
        return sorted(group, key=lambda wording: wording[1] and not unit.negators)

    def _said(self, term: Term, unit: Unit) -> bool:
        """The unit has the term's word itself, by stem or spelt with a slip."""
        return _position(term, unit, everyday=self.everyday) >= (0, False)

    def _given(self, group: list[Wording], unit: Unit, given: frozenset[str]) -> bool:
        """The question names this key idea and the unit does not: it goes without saying."""
        return any({t[0] for t in terms} <= given for terms, _ in group) and not any(
            all(_position(t, unit, self.opposites, self.near, self.everyday)[0] >= 0 for t in terms)
            for terms, _ in group)

    def match(self, unit: Unit, char_model: TfidfModel | None,
              similar_enough: float = Settings.similar_enough,
              asked: frozenset[str] = frozenset(), given: frozenset[str] = frozenset()) -> tuple[float, bool]:
        """(share of key ideas present, whether they are there with the opposite meaning).
        With half the key ideas there, the first among them, a unit this similar
        (character TF-IDF) to the point's own words makes it too ("Germany and Russia"
        alone is no trustful relationship)."""
        hits, opposite, first = self.find(unit, asked, given)
        share = hits / len(self.groups) if self.groups else 0.0
        if char_model is not None and 0.5 <= share < 1.0 and first:
            if cosine(char_model, unit.text, self.text) >= similar_enough:
                share = 1.0
        return share, opposite


def point_matcher(groups, text: str, synonyms: Synonyms | None = None, opposites: Opposites | None = None,
                  near: Opposites | None = None) -> PointMatcher:
    return PointMatcher(_compile(groups, synonyms, opposites, text), text, opposites, near)


def states_itself(groups, text: str, synonyms: Synonyms | None = None) -> bool:
    """A point's (or misconception's) own wording makes it, the right way round: a check
    that its terms are authored in its sense."""
    hits, opposite, _ = point_matcher(groups, text, synonyms).find(make_unit(text, synonyms=synonyms))
    return hits == len(groups) and not opposite


def cosine(model: TfidfModel, a: str, b: str) -> float:
    ca, wa = model.vector(char_wb_ngrams(" ".join(raw_tokens(a)), 3, 5))
    cb, wb = model.vector(char_wb_ngrams(" ".join(raw_tokens(b)), 3, 5))
    weights = dict(zip(cb.tolist(), wb.tolist()))
    return float(sum(w * weights.get(c, 0.0) for c, w in zip(ca.tolist(), wa.tolist())))
