"""Judge how well one document answers a question, as a confidence in [0, 1].

Cosine similarity alone ranks, but cannot tell "the notes say this" from "the
notes share a word with this". Coverage asks how much of the question's
meaning (its content stems, weighted by rarity) the document actually holds;
a word the notes never use weighs as much as their rarest word, which is
what makes "the Treaty of Versailles" fall out of scope.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from tutor.search.doctable import DocTable, IndexedDoc
from tutor.search.index import RetrievalIndex
from tutor.settings import Settings


@dataclass(frozen=True)
class Candidate:
    position: int     # of the document in the index
    score: float      # weighted cosine similarity
    coverage: float   # share of the question's meaning found in the document
    rank: float       # what candidates are ordered by
    confidence: float  # coverage, scaled down while the similarity is low
    table: DocTable = field(repr=False, compare=False)
    lacking: bool = False  # it holds no fact of the kind the question wants (a date, a number, a person)

    @property
    def doc(self) -> IndexedDoc:
        """Built when first asked for: most candidates are never looked at."""
        return self.table[self.position]

    @property
    def topic(self) -> str:
        return self.table.topic_of(self.position)

    def describe(self) -> dict:
        """The candidate as a trace shows it."""
        return {"note": self.table.ids[self.position], "topic": self.topic, "score": round(self.score, 4),
                "coverage": round(self.coverage, 4), "rank": round(self.rank, 4),
                "confidence": round(self.confidence, 4)}


def confidence_of(coverage: float, score: float, full_score: float, power: float = 1.0) -> float:
    return max(0.0, min(1.0, coverage * min(1.0, score / full_score) ** power))


def stems_meet(a: str, b: str) -> bool:
    """Same stem, or one a long shared prefix of the other (communism/communist)."""
    if a == b:
        return True
    n = 0
    limit = min(len(a), len(b))
    while n < limit and a[n] == b[n]:
        n += 1
    return n >= 5 and n >= 0.75 * max(len(a), len(b))


class StemMatcher:
    """Finds, once per question, every known stem each question stem meets.

    stems_meet needs a shared prefix of five letters, so only stems filed under
    the same five letters are compared, not every stem of every note.
    """

    def __init__(self, stems):
        by_prefix: dict[str, set[str]] = {}
        for stem in stems:
            by_prefix.setdefault(stem[:5], set()).add(stem)
        self._by_prefix = by_prefix

    def near(self, stems) -> dict[str, frozenset[str]]:
        out = {}
        for stem in stems:
            same = self._by_prefix.get(stem[:5], ()) if len(stem) >= 5 else ()
            out[stem] = frozenset({stem, *(s for s in same if stems_meet(stem, s))})
        return out


def matched_stems(stems: tuple[str, ...], doc: IndexedDoc, near: dict[str, frozenset[str]] | None = None) -> list[str]:
    """The question's stems the document holds, exactly or by a shared long prefix."""
    if near is None:
        return [s for s in dict.fromkeys(stems) if s in doc.stems or any(stems_meet(s, d) for d in doc.stems)]
    return [s for s in dict.fromkeys(stems) if not near[s].isdisjoint(doc.stems)]


@dataclass(frozen=True)
class TermWeights:
    """How much each word of a question matters when judging whether a note answers it.

    A word the notes use weighs its idf. A word they never use weighs somewhat
    more than their rarest word if it is everyday English ("invade", "run"),
    and twice that if it is a name or term ("Kirov", "Versailles"): asking about
    it is asking about something the notes do not hold.
    """

    index: RetrievalIndex
    ordinary: dict[str, float]           # everyday English stems, with how common they are (Zipf)
    names: frozenset[str] = frozenset()  # words of glossary names: background, not notes
    matcher: StemMatcher = field(default_factory=lambda: StemMatcher(()))
    settings: Settings = field(default_factory=Settings)
    related: dict[str, dict[str, float]] = field(default_factory=dict)  # everyday stem -> notes' stems it nearly means
    pervasive: frozenset[str] = frozenset()  # stems the notes of half their topics use: what every note is about

    def __call__(self, stem: str) -> float:
        idf = self.index.idf(stem)
        if idf is not None:  # a common English word says less, even when the notes seldom use it
            return idf * (self.rarity(self.ordinary[stem]) if stem in self.ordinary and self.settings.common_in_notes
                          else 1.0)
        if stem.isdigit() and len(stem) < 4:
            return self.settings.ordinary_share * self.index.max_idf
        if stem in self.ordinary and stem not in self.names:
            return self.settings.ordinary_share * self.index.max_idf * self.rarity(self.ordinary[stem])
        return self.settings.unknown_factor * self.index.max_idf

    def rarity(self, zipf: float) -> float:
        """How much a missing everyday word says against a note: a common one ("good",
        Zipf 6) little, a rarer one ("juggle", Zipf 3) fully."""
        return min(1.0, max(self.settings.common_floor, (6.5 - zipf) / 1.2))


@dataclass(frozen=True)
class Question:
    """A question's stems with their weights and near spellings, worked out once and
    then held against each candidate note."""

    stems: tuple[tuple[str, float], ...]
    context: tuple[tuple[str, float], ...]
    near: dict[str, frozenset[str]]
    related: dict[str, dict[str, float]]   # a stem's notes' stems of nearly its meaning, with the credit each earns
    heading_share: float = 1.0              # what a word found only in the headings earns
    implied: dict[str, float] = field(default_factory=dict)  # what a stem every note is about earns in any note

    @classmethod
    def of(cls, stems, weigh: TermWeights, context_stems=()) -> Question:
        own = tuple(dict.fromkeys(stems))
        extra = tuple(s for s in dict.fromkeys(context_stems) if s not in own)
        share = weigh.settings.context_share
        near = weigh.matcher.near(own + extra)
        credit = weigh.settings.related_share
        related = {s: {n: credit * strength for n, strength in weigh.related.get(s, {}).items() if n not in near[s]}
                   for s in own} if credit > 0 else {s: {} for s in own}
        # what the notes are all about, a note need not say again
        implied = {s: weigh.settings.pervasive_share for s in own if s in weigh.pervasive}
        return cls(tuple((s, weigh(s)) for s in own), tuple((s, share * weigh(s)) for s in extra), near, related,
                   weigh.settings.heading_share, implied)


def coverage(question: Question, doc: IndexedDoc) -> float:
    """Share of the question's meaning the document holds, each stem weighted by its idf.

    A match on small numbers alone ("what's 2+2" against "Article 2") is no
    match: a number means something only beside a word it belongs to.
    """
    near, held = question.near, doc.stems
    hits = [s for s, _ in question.stems if not near[s].isdisjoint(held)]
    if hits and all(h.isdigit() and len(h) < 4 for h in hits):
        hits = []
    total = matched = 0.0
    for stem, weight in question.stems:
        total += weight
        if stem in hits:  # in the note's own words, or only in its headings
            matched += weight * (1.0 if not near[stem].isdisjoint(doc.own) else question.heading_share)
        else:  # a word of nearly the same meaning earns part of it
            matched += weight * max([question.implied.get(stem, 0.0),
                                     *(c for n, c in question.related[stem].items() if n in held)])
    for stem, weight in question.context:
        total += weight
        if not near[stem].isdisjoint(held):
            matched += weight
    return matched / total if total else 0.0


WANTED_MARKS = {"count": ("number",), "time": ("time",), "date": ("date",), "duration": ("number", "span"),
                "formula": ("formula",), "fate": ("fate",),
                "died how": ("how-died",)}
# who, where, where from; "which party...?": a name
NAMED = {"person": ("person:",), "place": ("place:",), "source": ("person:", "place:"), "named": ("name:",),
         "holder": ("name:",)}
SAYS_WHERE = ("place", "source")  # a note that says where ("close to the oval window") tells where


def lacks_wanted(wanted: str, doc: IndexedDoc, asked: frozenset[str] = frozenset()) -> bool:
    """The note holds no fact of the kind the question wants: 'how many...?' a number,
    'when...?' a time, 'how long...?' either, 'who...?' a person or group the
    question does not already name (`asked`: its words and entities)."""
    if wanted in WANTED_MARKS:
        return not any(m in doc.marks for m in WANTED_MARKS[wanted])
    if wanted == "successor":
        return not named_others(doc.people, asked)
    if wanted in NAMED:
        prefixes = NAMED[wanted]
        new = {n for n in doc.people if n.startswith(prefixes)} - {p + a for p in prefixes for a in asked}
        return not new and not (wanted in SAYS_WHERE and "place" in doc.marks)
    return False


def _naming(table: DocTable, top: np.ndarray, prefixes: tuple[str, ...], asked: frozenset[str]) -> np.ndarray:
    """For each of the `top` notes, whether it names a person, place or name (by
    `prefixes`, "person:") other than those the question already names (`asked`)."""
    owner, ids = table.held(top, "people")
    kind = np.array([table.terms[i].startswith(prefixes) for i in ids.tolist()], dtype=bool)
    new = kind & ~np.isin(ids, table.term_ids(p + a for p in prefixes for a in asked))
    return np.bincount(owner[new], minlength=len(top)) > 0


def named_others(people, asked: frozenset[str]) -> set[str]:
    """The persons a note names (a person's word that is also a name: "Stresemann",
    not "the chancellor") other than those asked about: who "who came after X" needs."""
    return {n for n in people if n.startswith("person:")
            and "name:" + n.removeprefix("person:") in people and n.removeprefix("person:") not in asked}


def without_absent_everyday(stems: tuple[str, ...], weigh: TermWeights) -> tuple[str, ...]:
    """The question's stems less the everyday words the notes never use, when some of
    what it asks about is still there (names and terms the notes lack always stay)."""
    kept = tuple(s for s in dict.fromkeys(stems)
                 if weigh.index.idf(s) is not None or s not in weigh.ordinary or s in weigh.names or s.isdigit())
    return kept if any(weigh.index.idf(s) is not None for s in kept) else tuple(dict.fromkeys(stems))


def persons_clash(asked: frozenset[str], doc: IndexedDoc, subject_person: str) -> bool:
    """The question names people and the document is about none of them.

    A note that names nobody is about the notes' subject (Stalin), so "when did
    Stalin die" does not match "death of Stresemann".
    """
    if not asked:
        return False
    present = doc.persons or frozenset({subject_person})
    return not (asked & present)


def rank_candidates(stems: tuple[str, ...], persons: frozenset[str], scores: np.ndarray, weigh: TermWeights, *,
                    subject_person: str, wanted: str = "", context_stems: tuple[str, ...] = (),
                    words: tuple[str, ...] = (), asked: frozenset[str] = frozenset(),
                    conditional: bool = False) -> list[Candidate]:
    """Order the most similar documents by similarity scaled by coverage; a word
    found as written ("images", not "imaged") counts a little more than one found
    by its stem. Only the `settings.candidates` most similar documents are weighed, so a
    question costs the same against a thousand notes or a hundred thousand.

    The notes are judged all at once on the index's packed arrays, exactly as
    coverage, persons_clash and lacks_wanted judge one note (a test holds the
    two to the same figures): building two hundred notes as sets would cost more
    than everything else a question needs.
    """
    settings = weigh.settings
    question = Question.of(stems, weigh, context_stems)
    words = tuple(dict.fromkeys(words))
    table = weigh.index.docs
    many = settings.candidates
    top = np.argpartition(-scores, many)[:many] if len(scores) > many else np.arange(len(scores))
    top = top[scores[top] > 0]
    n = len(top)
    cov = _coverages(question, table, top)
    lacking = np.zeros(len(top), dtype=bool)
    said = without_absent_everyday(stems, weigh) if wanted == "duration" else ()
    if said and said != tuple(dict.fromkeys(stems)):
        # "how long does sensory memory hang on to stuff": in a note that gives a length,
        # the everyday words the notes never use are only how the question is put
        owner, ids = table.held(top, "marks")
        gives = np.bincount(owner[np.isin(ids, table.term_ids(WANTED_MARKS[wanted]))], minlength=n) > 0
        cov = np.where(gives, np.maximum(cov, _coverages(Question.of(said, weigh, context_stems), table, top)), cov)
    if persons:
        cov = np.where(_persons_clash(frozenset(persons), table, top, subject_person),
                       cov * settings.person_clash_factor, cov)
    if wanted in WANTED_MARKS:
        owner, ids = table.held(top, "marks")
        has = np.bincount(owner[np.isin(ids, table.term_ids(WANTED_MARKS[wanted]))], minlength=n) > 0
        lacking = ~has
        cov = np.where(has, cov, cov * settings.person_clash_factor)
    elif wanted == "successor":
        owner, ids = table.held(top, "people")
        people: list[set[str]] = [set() for _ in range(n)]
        for o, i in zip(owner.tolist(), ids.tolist()):
            people[o].add(table.terms[i])
        lacking = np.array([not named_others(p, asked) for p in people], dtype=bool)
        cov = np.where(lacking, cov * settings.person_clash_factor, cov)
    elif wanted in NAMED:
        has = _naming(table, top, NAMED[wanted], asked)
        if wanted in SAYS_WHERE:
            owner, ids = table.held(top, "marks")
            has |= np.bincount(owner[np.isin(ids, table.term_ids(("place",)))], minlength=n) > 0
        lacking = ~has
        cov = np.where(has, cov, cov * settings.person_clash_factor)
    # "who handled foreign affairs": a note naming "Chicherin" before one saying "countries"
    named = _naming(table, top, ("name:",), asked).astype(float) if wanted == "person" else np.zeros(n)
    reason = np.zeros(n)
    if wanted == "reason":  # "why...?": a note that gives a reason, before one that restates what was done
        owner, ids = table.held(top, "marks")
        reason = (np.bincount(owner[np.isin(ids, table.term_ids(("cause",)))], minlength=n) > 0).astype(float)
    condition = np.zeros(n)
    if conditional:  # "what would Russia do if Germany was attacked": a note that says what happens if
        owner, ids = table.held(top, "marks")
        condition = (np.bincount(owner[np.isin(ids, table.term_ids(("condition",)))], minlength=n) > 0).astype(float)
    exact = np.zeros(n)
    if words:
        owner, ids = table.held(top, "words")
        exact = np.bincount(owner[np.isin(ids, table.term_ids(words))], minlength=n) / len(words)
    score = scores[top].astype(np.float64)
    rank = score ** settings.score_power * (settings.coverage_floor + (1 - settings.coverage_floor) * cov) \
        * (1 + settings.exact_bonus * exact) * (1 + settings.reason_bonus * reason) \
        * (1 + settings.condition_bonus * condition) * (1 + settings.name_bonus * named)
    order = np.argsort(-rank, kind="stable")
    full = settings.full_confidence_score
    power = settings.similarity_power
    return [Candidate(p, s, c, r, confidence_of(c, s, full, power), table, bool(lack)) for p, s, c, r, lack in
            zip(top[order].tolist(), score[order].tolist(), cov[order].tolist(), rank[order].tolist(),
                lacking[order].tolist())]


def _hits(table, owner: np.ndarray, ids: np.ndarray, near: frozenset[str], n: int) -> np.ndarray:
    hit = np.zeros(n, dtype=bool)
    hit[owner[np.isin(ids, table.term_ids(near))]] = True
    return hit


def _coverages(question: Question, table, top: np.ndarray) -> np.ndarray:
    """coverage() for each of the notes at `top`, the same sums in the same order."""
    n = len(top)
    owner, ids = table.held(top, "stems")
    own = [_hits(table, owner, ids, question.near[s], n) for s, _ in question.stems]
    small = [s.isdigit() and len(s) < 4 for s, _ in question.stems]
    if own:
        some = np.logical_or.reduce(own)
        meaningful = np.logical_or.reduce([h for h, sm in zip(own, small) if not sm] or [np.zeros(n, dtype=bool)])
        own = [h & ~(some & ~meaningful) for h in own]  # small numbers alone are no match
    total, matched = 0.0, np.zeros(n)
    own_owner, own_ids = table.held(top, "own")
    for (stem, weight), hit in zip(question.stems, own):
        total += weight
        credit = np.full(n, question.implied.get(stem, 0.0))
        for note_stem, value in question.related[stem].items():
            credit = np.maximum(credit, np.where(_hits(table, owner, ids, frozenset({note_stem}), n), value, 0.0))
        in_own = _hits(table, own_owner, own_ids, question.near[stem], n)
        matched += weight * np.where(hit, np.where(in_own, 1.0, question.heading_share), credit)
    for stem, weight in question.context:
        total += weight
        matched += np.where(_hits(table, owner, ids, question.near[stem], n), weight, 0.0)
    return matched / total if total else np.zeros(n)


def _persons_clash(asked: frozenset[str], table, top: np.ndarray, subject_person: str) -> np.ndarray:
    owner, ids = table.held(top, "persons")
    named = np.bincount(owner, minlength=len(top)) > 0
    hit = _hits(table, owner, ids, asked, len(top))
    return np.where(named, ~hit, subject_person not in asked)
