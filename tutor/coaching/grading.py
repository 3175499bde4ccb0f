"""Read a student's explanation and decide which expected points it makes.

A point is made when one way of saying each of its key ideas (its term groups)
appears in one stretch of the student's words, spelling forgiven. Meaning is
kept honest by polarity: "not", "never" and words like "weak" (= not strong)
flip a stretch, and a point whose key ideas are there with the opposite
polarity is a reversal to correct, never a point to credit. Where only half
the key ideas are there, TF-IDF similarity (character n-grams) to the point's
own words can complete it; not to its source fragment, which often holds other
points too ("secret police" would then make "comply with policies"). Evidence
pools across a student's turns: a point made once stays made.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass, field

from rapidfuzz.distance import OSA

from tutor.notes.model import Misconception, WhyPoint, WhyQuestion
from tutor.search.analysis import Analyzer
from tutor.search.vectors import TfidfModel, char_wb_ngrams
from tutor.settings import Settings
from tutor.text.lexicon import STOPWORDS
from tutor.text.normalise import content_stems, raw_tokens, stem
from tutor.text.spelling import max_edits
from tutor.text.synonyms import Synonyms

NEGATORS = frozenset({"not", "no", "never", "nothing", "none", "nor", "neither", "without", "hardly"})
# Words that carry their own "not": weak is not strong, unstable is not stable.
ANTONYMS = {
    "weak": "strong", "weaker": "strong", "weakness": "strong", "feeble": "strong", "powerless": "powerful",
    "unstable": "stable", "instability": "stable", "chaos": "stable", "chaotic": "stable", "turmoil": "stable",
    "disloyal": "loyal", "unsafe": "safe", "insecure": "secure", "distrust": "trust", "mistrust": "trust",
    "untrustworthy": "trust", "lose": "win", "lost": "win", "losing": "win", "unable": "able", "failed": "succeed",
}
_CLAUSE = re.compile(r"[.;!?\n]+|,|\b(?:because|cause|cos|coz|so|but|however|although|though|while|whereas|"
                     r"which|as|since|and then|also)\b", re.I)
SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# "didn't think they were strong": after these a new subject is still under the "not".
REPORTING = frozenset({"think", "thought", "believe", "believed", "feel", "felt", "say", "said", "know", "knew",
                       "reckon", "reckoned", "realise", "realised", "realize", "realized", "expect", "expected"})


@dataclass(frozen=True)
class Unit:
    """A stretch of the student's words, as stems with the words that flip meaning marked."""

    text: str
    stems: tuple[str, ...]
    words: tuple[str, ...]      # the words as typed (after normalising), beside their stems
    negators: tuple[int, ...]   # positions of "not", "never", ...
    antonyms: tuple[int, ...]   # positions of words like "weak", stored as the word they negate
    breaks: tuple[int, ...] = ()  # where a new subject ("it", "he") starts: a "not" stops there


@dataclass(frozen=True)
class PointVerdict:
    point: WhyPoint
    covered: bool
    score: float
    reversed: bool = False
    evidence: str = ""


@dataclass(frozen=True)
class Grade:
    question: WhyQuestion
    verdicts: tuple[PointVerdict, ...]
    misconceptions: tuple[Misconception, ...] = ()

    @property
    def covered(self) -> tuple[WhyPoint, ...]:
        return tuple(v.point for v in self.verdicts if v.covered)

    @property
    def reversed(self) -> tuple[WhyPoint, ...]:
        return tuple(v.point for v in self.verdicts if v.reversed)

    def corrections(self) -> list[tuple[str, str]]:
        """(key, what to say) for each misconception, else for each point said the wrong
        way round: a misconception's correction already says what the notes say."""
        said = [(m.text, f"Not quite: {m.correction}") for m in self.misconceptions]
        if not said:
            said = [(p.id, f"Careful - that's the wrong way round. Your notes say: {p.text}.") for p in self.reversed]
        return said


def make_unit(text: str, analyzer: Analyzer | None = None, synonyms: Synonyms | None = None) -> Unit:
    """The text's words with what flips their meaning marked; read with the notes'
    synonyms (the analyzer's, or `synonyms`), misspellings corrected when an
    analyzer is given."""
    tokens = raw_tokens(text)
    if analyzer is not None:
        tokens = [analyzer.speller.correct(t) if stem(t) not in analyzer.known_stems else t for t in tokens]
        synonyms = analyzer.synonyms
    apply_synonyms = (synonyms or Synonyms.of()).apply
    stems: list[str] = []
    words: list[str] = []
    negators: list[int] = []
    antonyms: list[int] = []
    breaks: list[int] = []
    previous = ""
    for tok in apply_synonyms(tokens):
        if tok in SUBJECTS and previous not in REPORTING:
            breaks.append(len(stems))
        elif tok in NEGATORS:
            negators.append(len(stems))
            stems.append("")
            words.append("")
        elif tok in ANTONYMS:
            antonyms.append(len(stems))
            stems.append(stem(ANTONYMS[tok]))
            words.append(ANTONYMS[tok])
        elif tok not in STOPWORDS:
            stems.append(stem(tok))
            words.append(tok)
        previous = tok
    return Unit(text, tuple(stems), tuple(words), tuple(negators), tuple(antonyms), tuple(breaks))


def split_units(text: str, analyzer: Analyzer | None = None) -> list[Unit]:
    """Clauses, and each pair of neighbouring clauses (a point may run across a comma)."""
    parts = [p.strip() for p in _CLAUSE.split(text or "") if p and p.strip()]
    units = [make_unit(p, analyzer) for p in parts]
    pairs = [make_unit(f"{a} {b}", analyzer) for a, b in zip(parts, parts[1:])]
    return [u for u in units + pairs if any(u.stems)]


Wording = tuple[tuple[tuple[str, str], ...], bool]  # (stem, word) pairs, and whether it carries its own 'not'


def _compile(groups, synonyms: Synonyms | None = None) -> list[list[Wording]]:
    """Each way of saying a key idea: the stems it needs, and whether it carries its
    own "not" ("would not fight" says neutral; "weak" says not strong)."""
    compiled: list[list[Wording]] = []
    for group in groups:
        alts: list[Wording] = []
        for alt in group:
            unit = make_unit(alt, synonyms=synonyms)
            pairs = tuple((s, w) for s, w in zip(unit.stems, unit.words) if s)
            if pairs:
                alts.append((pairs, (len(unit.negators) + len(unit.antonyms)) % 2 == 1))
        compiled.append(alts)
    return compiled


def _position(term: tuple[str, str], unit: Unit) -> int:
    """Where the unit has this term word, by stem or as a misspelling of the word; -1 if nowhere."""
    stem_, word = term
    for i, (s, w) in enumerate(zip(unit.stems, unit.words)):
        if s and (s == stem_ or _same_family(stem_, s) or _misspelt(word, w)):
            return i
    return -1


def _same_family(a: str, b: str) -> bool:
    """communism/communist: a long shared start (longer than stems_meet asks: police is not policy)."""
    n = len(os.path.commonprefix([a, b]))
    return n >= 6 and n >= 0.75 * max(len(a), len(b))


def _misspelt(a: str, b: str) -> bool:
    """'nuetral' for 'neutral', 'isolatd' for 'isolated': one slip (two in a long word)."""
    if min(len(a), len(b)) < 5:
        return False
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
class _Matcher:
    """One point or misconception, ready to be looked for in a unit."""

    groups: list[list[Wording]]
    text: str

    def find(self, unit: Unit) -> tuple[int, bool]:
        """How many key ideas the unit holds, and whether the first (the one that carries
        the sense) is said the opposite way to how the matched wording means it."""
        hits, opposite = 0, False
        for n, group in enumerate(self.groups):
            for stems, own_not in group:
                found = [_position(t, unit) for t in stems]
                if all(p >= 0 for p in found):
                    hits += 1
                    if n == 0:
                        opposite = _negated(unit, found) != own_not
                    break
        return hits, opposite

    def match(self, unit: Unit, char_model: TfidfModel | None,
              similar_enough: float = Settings.similar_enough) -> tuple[float, bool]:
        """(share of key ideas present, whether they are there with the opposite meaning).
        With half the key ideas there, a unit this similar (character TF-IDF) to the
        point's own words makes it too."""
        hits, opposite = self.find(unit)
        share = hits / len(self.groups) if self.groups else 0.0
        if char_model is not None and 0.5 <= share < 1.0:
            if cosine(char_model, unit.text, self.text) >= similar_enough:
                share = 1.0
        return share, opposite


def _matcher(groups, text: str, synonyms: Synonyms | None = None) -> _Matcher:
    return _Matcher(_compile(groups, synonyms), text)


def states_itself(groups, text: str, synonyms: Synonyms | None = None) -> bool:
    """A point's (or misconception's) own wording makes it, the right way round: a check
    that its terms are authored in its sense."""
    hits, opposite = _matcher(groups, text, synonyms).find(make_unit(text, synonyms=synonyms))
    return hits == len(groups) and not opposite


def cosine(model: TfidfModel, a: str, b: str) -> float:
    ca, wa = model.vector(char_wb_ngrams(" ".join(raw_tokens(a)), 3, 5))
    cb, wb = model.vector(char_wb_ngrams(" ".join(raw_tokens(b)), 3, 5))
    weights = dict(zip(cb.tolist(), wb.tolist()))
    return float(sum(w * weights.get(c, 0.0) for c, w in zip(ca.tolist(), wa.tolist())))


@dataclass
class Grader:
    """Grades explanations of one knowledge base's why-questions."""

    analyzer: Analyzer
    char_model: TfidfModel | None = None  # for TF-IDF similarity to a point's own words
    settings: Settings = field(default_factory=Settings)

    def _point_matcher(self, point: WhyPoint) -> _Matcher:
        return _matcher(point.terms, point.text, self.analyzer.synonyms)

    def _misconception_matcher(self, item: Misconception) -> _Matcher:
        return _matcher(item.terms, item.text, self.analyzer.synonyms)

    def grade(self, question: WhyQuestion, answers: list[str] | str) -> Grade:
        """Which points the answers make (pooled over all of them), reversals and misconceptions."""
        texts = [answers] if isinstance(answers, str) else list(answers)
        units = [u for t in texts for u in split_units(t, self.analyzer)]
        verdicts = []
        for point in question.points:
            matcher = self._point_matcher(point)
            best, covered, reversed_, evidence = 0.0, False, False, ""
            for unit in units:
                share, opposite = matcher.match(unit, self.char_model, self.settings.similar_enough)
                if share >= 1.0 and not opposite:
                    best, covered, evidence = 1.0, True, unit.text
                    break
                if share >= 1.0 and opposite:
                    reversed_, evidence = True, unit.text
                best = max(best, share if not opposite else share / 2)
            verdicts.append(PointVerdict(point, covered, round(best, 3), reversed_ and not covered, evidence))
        wrong = []
        for item in question.misconceptions:
            matcher = self._misconception_matcher(item)
            if any(s >= 1.0 and not o for s, o in (matcher.match(u, None) for u in units)):
                wrong.append(item)
        return Grade(question, tuple(verdicts), tuple(wrong))


def _meets(word: str, words: set[str]) -> bool:
    return word in words or any(OSA.distance(word, w) <= max_edits(word) for w in words if w[:1] == word[:1])


def closest_question(questions: tuple[WhyQuestion, ...], text: str,
                     close: float = Settings.close_question) -> WhyQuestion | None:
    """The authored why-question a typed question means, or None when none is close.

    Close means most of the typed content words are the question's own (spelling
    forgiven), and no other question holds as many: "stalin" alone names none of
    them, since every question shares it.
    """
    typed = list(dict.fromkeys(content_stems(raw_tokens(text))))
    if not questions or not typed:
        return None
    shares = []
    for question in questions:
        own = set(content_stems(raw_tokens(question.question)))
        shares.append(sum(_meets(w, own) for w in typed) / len(typed))
    best = max(shares)
    if best < close or shares.count(best) > 1:
        return None
    return questions[shares.index(best)]
