"""Read a student's explanation and decide which expected points it makes.

A point is made when one way of saying each of its key ideas (its term groups)
appears in one stretch of the student's words, spelling forgiven, or a word
WordNet files with it in its usual sense. Meaning is
kept honest by polarity: "not", "never" and words like "weak" (= not strong)
flip a stretch, and a point whose key ideas are there with the opposite
polarity is a reversal to correct, never a point to credit. Where only half
the key ideas are there, TF-IDF similarity (character n-grams) to the point's
own words can complete it; not to its source fragment, which often holds other
points too ("secret police" would then make "comply with policies"). Evidence
pools across a student's turns: a point made once stays made.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field, replace
from functools import cached_property

from rapidfuzz.distance import OSA

from tutor.coaching.clauses import Unit, make_unit, split_units
from tutor.coaching.grades import Grade, PointVerdict
from tutor.coaching.keyideas import (
    PointMatcher,
    cosine,
    describes,
    point_matcher,
    raises_or_lowers,
    state_stems,
    states_itself,
)
from tutor.coaching.transfer import transfer_of, turned_round
from tutor.notes.model import Misconception, WhyPoint, WhyQuestion
from tutor.search.analysis import Analyzer
from tutor.search.vectors import TfidfModel
from tutor.settings import Settings
from tutor.text.lexicon import GENERIC_ZIPF, ordinary_words
from tutor.text.normalise import content_stems, raw_tokens, stem
from tutor.text.spelling import max_edits
from tutor.text.wordnet import WordNet

__all__ = ["Grade", "Grader", "PointVerdict", "closest_question", "states_itself"]


@dataclass
class Grader:
    """Grades explanations of one knowledge base's why-questions."""

    analyzer: Analyzer
    char_model: TfidfModel | None = None  # for TF-IDF similarity to a point's own words
    settings: Settings = field(default_factory=Settings)
    # everyday stem -> the notes' stems it nearly means (WordNet and the neighbours table: the
    # index's own; tutor.search.corpus), so a claim in the student's own words is not "not in the notes"
    related: Mapping[str, Mapping[str, float]] = field(default_factory=dict)
    # what the notes' own notes and headings hold (the index's terms): a glossary's background
    # ("the Wall Street Crash") and the intents' examples are not the notes
    notes_terms: Sequence[str] = ()
    glossary_names: tuple[str, ...] = ()  # the glossary's names: background, unless the notes use their words
    subject: frozenset[str] = frozenset()  # the stems of the person the notes are about, whom every claim is
    _matchers: dict[WhyPoint | Misconception, PointMatcher] = field(default_factory=dict, repr=False)
    _opposites: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)
    _near: dict[str, frozenset[str]] = field(default_factory=dict, repr=False)

    @cached_property
    def _background(self) -> frozenset[str]:
        """Stems of the glossary's names that the notes' own notes and headings never use
        (worked out the first time a claim is judged, not at start-up)."""
        named = {s for name in self.glossary_names for s in self.analyzer.analyse(name, correct=False).stems}
        return frozenset(named - self._notes_stems) if self.notes_terms else frozenset()

    @cached_property
    def _everyday(self) -> dict[str, float]:
        return ordinary_words()

    @cached_property
    def _everyday_stems(self) -> frozenset[str]:
        return frozenset(stem(w) for w in self._everyday)

    @cached_property
    def _notes_stems(self) -> frozenset[str]:
        """Every stem the notes (their notes and headings, and their synonyms) use; without
        the index's terms, every word the analyzer knows."""
        words = [t for t in self.notes_terms if ":" not in t] or self.analyzer.vocabulary
        return frozenset(words) | frozenset(stem(w) for w in words) | frozenset(
            stem(w) for w in self.analyzer.synonyms.keys())

    def opposites(self, word: str) -> frozenset[str]:
        """Stems of everyday words that say the opposite of `word` (WordNet)."""
        if word not in self._opposites:
            wordnet, found = WordNet.load(), set()
            if len(word) > 2:
                # and a thing's own named opposite ("capitalism" for "socialism")
                found = wordnet.opposites(word) | {o for lemma in wordnet.lemmas_of(word)[:1]
                                                   for o in wordnet.antonyms(lemma)} | wordnet.opposed_kind(word)
            found = {o for o in found if o in self._everyday} | wordnet.denied(word)  # a definition's own words
            self._opposites[word] = frozenset(stem(o) for o in found if " " not in o) - {stem(word)}
        return self._opposites[word]

    def near(self, word: str) -> frozenset[str]:
        """Stems of everyday words that mean what `word` means in its usual sense
        ("frightened" for "scared"; WordNet), so a student's own word for a key idea counts."""
        if word not in self._near:
            found = WordNet.load().same_sense(word) if len(word) > 2 else set()
            words = [o for o in found if " " not in o and o in self._everyday and self._everyday[o] < GENERIC_ZIPF]
            # read as the notes read them ("scared" is their "fear")
            self._near[word] = frozenset(stem(o) for o in words + self.analyzer.synonyms.apply(words)) - {stem(word)}
        return self._near[word]

    def _cached(self, key: WhyPoint | Misconception) -> PointMatcher:
        """Compiled once a process per point (generated points' ids repeat across questions,
        so the point itself is the key)."""
        if key not in self._matchers:
            # a misconception is said in its own words, never by denying their opposite:
            # "not side with the attackers" is no "defend"
            opposites = None if isinstance(key, Misconception) else self.opposites
            matcher = point_matcher(key.terms, key.text, self.analyzer.synonyms, opposites, self.near)
            matcher.everyday = self.analyzer.everyday  # one set for every point, read once
            said = make_unit(key.text, synonyms=self.analyzer.synonyms)
            matcher.own = frozenset(said.stems)
            matcher.transfer = transfer_of(key.text)
            matcher.raising = tuple((s, w) for s, w in zip(said.stems, said.words)
                                    if s and raises_or_lowers(w))
            matcher.describing = tuple((s, w) for n, (s, w) in enumerate(zip(said.stems, said.words))
                                       if s and n not in said.antonyms and describes(w))
            own = [matcher.find(u) for u in split_units(key.text, self.analyzer)]
            full = [opposite for hits, opposite, _ in own if hits == len(matcher.groups)]
            # terms made from a note that says "couldn't pay": the point is the "not"
            matcher.inverted = bool(full) and all(full)
            self._matchers[key] = matcher
        return self._matchers[key]

    def _point_matcher(self, point: WhyPoint) -> PointMatcher:
        return self._cached(point)

    def _misconception_matcher(self, item: Misconception) -> PointMatcher:
        return self._cached(item)

    def grade(self, question: WhyQuestion, answers: list[str] | str) -> Grade:
        """Which points the answers make (pooled over all of them), reversals,
        misconceptions, and claims the notes never make."""
        texts = [answers] if isinstance(answers, str) else list(answers)
        asked = frozenset(content_stems(raw_tokens(question.question)))
        named = self._named_by(question)
        units = [(n, u) for n, t in enumerate(texts) for u in split_units(t, self.analyzer)]
        echoed = [self._echoed(u, asked) for _, u in units]
        verdicts = []
        credited: set[tuple[int, int]] = set()   # (answer, clause) a point was found in
        touched: set[tuple[int, int]] = set()    # ... any point was half found in
        turned_in: list[list[frozenset[tuple[int, int]]]] = []  # for each point, the clauses it was turned in
        for point in question.points:
            matcher = self._point_matcher(point)
            best, covered, reversed_, evidence = 0.0, False, False, ""
            turned_in.append([])
            coined = _coined(point.text)
            for (n, unit), taken in zip(units, echoed):
                share, opposite = matcher.match(unit, self.char_model, self.settings.similar_enough, taken, named)
                if (share < 1.0 and coined and not unit.negators
                        and any(_holds_run(tuple(raw_tokens(unit.text)), run) for run in coined)):
                    share = 1.0  # the notes' own coined name for it: "yes men", "socialism in one country"
                if share >= 1.0 and opposite and not self._about_it(matcher, unit):
                    continue  # "he rigged the elections": an opposite of "appointment", and nothing of its point
                clauses = frozenset((n, c) for c in range(unit.span[0], unit.span[1] + 1))
                if share >= 1.0:
                    touched.update(clauses)
                if share >= 1.0 and not opposite and (self._swapped(matcher, unit)
                                                     or turned_round(matcher.transfer, unit.text)):
                    opposite = True  # "loose party discipline": the point's "strict" said the other way;
                    # "the USSR lent money to German banks": its "received ... from" the other way
                if share >= 1.0 and not opposite and not unit.conceded:
                    best, covered, evidence = 1.0, True, unit.text
                    credited.update(clauses)
                    break
                if share >= 1.0 and opposite:
                    reversed_, evidence = True, unit.text
                    turned_in[-1].append(clauses)
                best = max(best, share if not opposite else share / 2)
            verdicts.append(PointVerdict(point, covered, round(best, 3), reversed_ and not covered, evidence))
        # a clause that makes one point is not also read as turning another round: "a China in
        # chaos would have been a danger to Russia" makes the threat, and says nothing against
        # protecting the USSR, whatever "danger" is the opposite of
        verdicts = [replace(v, reversed=False) if v.reversed and all(c <= credited for c in turned) else v
                    for v, turned in zip(verdicts, turned_in)]
        wrong = []
        for item in question.misconceptions:
            matcher = self._misconception_matcher(item)
            for (n, unit), taken in zip(units, echoed):
                spans = {(n, c) for c in range(unit.span[0], unit.span[1] + 1)}
                if unit.conceded or spans & credited or unit.linked:
                    # granted in passing, or a span already credited to a point; and a wrong idea
                    # is said in one sentence of clauses ("Lenin ... so Stalin wanted" is no "Lenin wanted")
                    continue
                share, opposite = matcher.match(unit, None, asked=taken)
                if share >= 1.0 and not opposite:
                    wrong.append(item)
                    touched.update(spans)
                    break
        unsupported = tuple(unit.text for n, unit in units
                            if unit.span[0] == unit.span[1] and (n, unit.span[0]) not in touched
                            and self._not_in_notes(unit, question))
        return Grade(question, tuple(verdicts), tuple(wrong), unsupported)

    def _swapped(self, matcher: PointMatcher, unit: Unit) -> bool:
        """The unit says a word of the point's own text that says how something is by its
        opposite, and not the word itself: "loose party discipline" for "strict party
        discipline". Only such words: a deed's opposite depends on who did it ("German banks
        gave credits" is the USSR's "received" them)."""
        mine = set(unit.stems)
        for s, w in matcher.describing:
            if s in mine:
                continue
            against = self.opposites(w)
            for p, (us, uw) in enumerate(zip(unit.stems, unit.words)):
                if (us and p not in unit.antonyms and us not in matcher.own
                        and (describes(uw) and (us in against or s in self.opposites(uw))
                             or not against.isdisjoint(state_stems(uw)))
                        and not any(m < p for m in unit.negators)):
                    return True
        for s, w in matcher.raising:  # "lowered his status" for "boosted his status": more or less of it
            if s in mine:
                continue
            against = self.opposites(w)
            if any(us and us in against and us not in matcher.own and not any(m < p for m in unit.negators)
                   for p, us in enumerate(unit.stems)):
                return True
        return False

    def _about_it(self, matcher: PointMatcher, unit: Unit) -> bool:
        """A unit turns a point round only when it speaks of what the point is about: a
        word of the point's own or of its key ideas, besides the one said the other way
        ("relaxed party discipline", "the CCP was very powerful"), and besides the person
        the notes are about, whom every claim is. "He rigged the elections" shares nothing
        with "central appointment of officials" but an opposite WordNet gives of "appointed",
        not of "elections": a claim of its own. A word whose own opposite is the point's
        speaks of it ("they distrusted each other", of a trustful relationship)."""
        words = matcher.own | {t[0] for group in matcher.groups for terms, _ in group for t in terms}
        return bool((set(unit.stems) & words) - self.subject) or any(
            self.opposites(w) & words for w in unit.words if w)  # "distrusted", of "trustful", is about it

    def _named_by(self, question: WhyQuestion) -> frozenset[str]:
        """The stems of the question's words, as the notes read them: what it names."""
        return frozenset(make_unit(question.question, synonyms=self.analyzer.synonyms).stems) - {""}

    def _echoed(self, unit: Unit, asked: frozenset[str]) -> frozenset[str]:
        """The stems, read as the notes read them, of the words the student took from the
        question ("pictures", asked why he was pictured: the notes' "image")."""
        taken = [t for t in raw_tokens(unit.text) if stem(t) in asked]
        return frozenset(stem(w) for w in self.analyzer.synonyms.apply(taken))

    def closest_note(self, claim: str, notes: list[str]) -> str:
        """Of these notes, the one most like the claim (character TF-IDF), or ''."""
        if self.char_model is None or not notes:
            return ""
        score, best = max((cosine(self.char_model, claim, note), note) for note in notes)
        return best if score > 0.05 else ""

    def _not_in_notes(self, unit: Unit, question: WhyQuestion) -> bool:
        """A claim the notes never make: it matches no point, and it names something the
        notes never name ("Manchuria"), or its words of substance are words the notes
        never use, nor any near them: all of them ("the weather"), or half and two at
        least ("paranoid", "mental illness"); one unfamiliar word among others ("a
        firmer grip on the Comintern") is more likely the student's own way of
        putting it. A claim beside points the answer makes is judged the same way
        ("..., and the camps gave him free workers to build canals and railways")."""
        if unit.conceded:
            return False
        asked = set(content_stems(raw_tokens(question.question)))
        content = [(s, w) for s, w in zip(unit.stems, unit.words) if s and len(w) > 2 and not s.isdigit()
                   and s not in asked and self._everyday.get(w, 0.0) < GENERIC_ZIPF]
        unknown = [w for s, w in content if s not in self._notes_stems and not self._near_the_notes(s)
                   and (not self._slip_of_the_notes(w) or stem(w) in self._background)]
        # ('officals' is a slip; 'crash' of the glossary's "Wall Street Crash" is background)
        named = [w for w in unknown if stem(w) not in self._everyday_stems]  # a name or term the notes never use
        return bool(named) or (bool(unknown) and (
            len(unknown) == len(content) or (len(unknown) >= 2 and 2 * len(unknown) >= len(content))))

    def _slip_of_the_notes(self, word: str) -> bool:
        """A word spelt a slip away from a word of the notes ("officals"), and not the
        student's own word (`_own_word`): read as the notes' word, known to them."""
        right = self.analyzer.speller.correct(word)
        return right in self.analyzer.vocabulary and not self._own_word(word, right)

    def _own_word(self, word: str, right: str | None = None) -> bool:
        """An everyday word far commoner than the notes' word a slip of it would be (`right`,
        its correction: "meeting", not the notes' "meting"): the student's own word, not a
        misspelling."""
        right = self.analyzer.speller.correct(word) if right is None else right
        return right != word and self._everyday.get(word, 0.0) >= self._everyday.get(right, 0.0) + 1.5

    def _near_the_notes(self, stem_: str) -> bool:
        """A word of the student's that nearly means one of the notes' ("tougher" for their
        "harder", "buddies" for "friend"): their own words for what the notes say."""
        return any(v >= self.settings.own_words_near for v in self.related.get(stem_, {}).values())


_QUOTED = re.compile(r"'([^']+)'|\"([^\"]+)\"|‘([^’]+)’|“([^”]+)”")


def _coined(text: str) -> list[tuple[str, ...]]:
    """The stems of the phrases of two words or more a point's text puts in quotes: the
    notes' own name for the idea ("Stalin appointed 'yes men'...")."""
    runs = []
    for match in _QUOTED.finditer(text):
        words = raw_tokens(next(g for g in match.groups() if g))
        if len(words) >= 2:
            runs.append(tuple(stem(w) for w in words))
    return runs


def _holds_run(words: tuple[str, ...], run: tuple[str, ...]) -> bool:
    """Whether the words (as typed) hold the run of stems side by side ("yes men")."""
    stems = tuple(stem(w) for w in words)
    return any(stems[i:i + len(run)] == run for i in range(len(stems) - len(run) + 1))


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
