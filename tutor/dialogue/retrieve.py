"""Retrieve: the notes most like the question, judged by how much of it they hold.

A follow-up may blend in the last question's scores and stay in the last
answer's topic; both weights come from the settings. A question asking what a
thing is puts the note that defines it first.
"""

from __future__ import annotations

import re
from collections.abc import Callable

import numpy as np

from tutor.dialogue.forms import counted_noun, deed_on
from tutor.dialogue.resources import Resources
from tutor.dialogue.turn import Turn
from tutor.notes.model import Fragment
from tutor.search.analysis import Analysis
from tutor.search.matching import Candidate, matched_stems, rank_candidates
from tutor.text.lexicon import (
    ASPECT_WORDS,
    DEFINITION_LABELS,
    FRAMING_WORDS,
    GENERIC_ZIPF,
    NEGATIONS,
    NEGATORS,
    STOPWORDS,
)
from tutor.text.normalise import content_stems, raw_tokens, stem
from tutor.text.phrasal import can_be_verb
from tutor.text.wordnet import WordNet


def similarity(res: Resources, stems: tuple[str, ...], char_text: str) -> np.ndarray:
    return res.corpus.index.scores(stems, char_text, res.settings.word_share)


def rank(res: Resources, query: Analysis, wanted: str = "", *, previous: np.ndarray | None = None,
         topic: str = "", context_stems: tuple[str, ...] = ()) -> list[Candidate]:
    """Candidates for `query`, best first. `previous` (the last question's scores)
    is blended in, and notes of `topic` boosted, when the turn leans on the last."""
    settings = res.settings
    scores = similarity(res, query.stems, query.char_text)
    if previous is not None:
        scores = scores + settings.context_weight * previous
    if topic:
        scores = scores * np.where(res.corpus.index.in_topic(topic), settings.topic_boost, 1.0)
    corpus = res.corpus
    return rank_candidates(query.stems, query.persons, scores, corpus.weights, subject_person=corpus.subject_person,
                           wanted=wanted, context_stems=context_stems, words=tuple(query.char_text.split()),
                           asked=asked_names(query),
                           conditional="if" in query.words)


def asked_names(query: Analysis) -> frozenset[str]:
    """The question's own words and names, with the words derived from them: who or what
    it already names, so an answer must name someone or something else."""
    return with_derived(frozenset(query.tokens) | frozenset(query.entities))


NAME_SUFFIXES = ("ist", "ists", "ism", "ian", "ians", "ite", "ites")


def with_derived(names: frozenset[str]) -> frozenset[str]:
    """The question's words with the words English derives from a name ("Stalinist",
    "Leninism", "Marxian"): a note that says "a Stalinist revolution" names no one
    but Stalin, so it gives no new person to "who was Stalin's main man abroad"."""
    return names | {n + suffix for n in names if len(n) >= 4 and n.isalpha() for suffix in NAME_SUFFIXES}


_DEFINED = re.compile(r"^\W*(?:the\s+|an?\s+)?((?:[\w'’-]+\s+){0,3}?[\w'’-]+)\**\s*"
                      r"(?::|–|—|=|\(|(?<=\s)-\s|,?\s+(?:means|refers\s+to|stands\s+for)\b"
                      r"|,?\s+(?:is|are|was|were)\s+(?:a|an|the|one|what|when|where|how|any|known|called|defined)\b"
                      r"|\s+are\s+(?!\w+(?:ed|ing)\b)\w+\s+\w+s\b)",  # "Plasmodesmata are small channels"
                      re.I)


def defines(text: str, thing: tuple[str, ...]) -> bool:
    """Whether a note begins by saying what `thing` (as stems) is: "Susanoo is the Kami
    of storms", "Amaterasu: the sun goddess", "Lytotes - an understatement" (not
    "Cardiac output is increased": that says what happens to it), or glosses it in
    brackets."""
    return begins_defining(text, thing) or glosses(text, thing)


def begins_defining(text: str, thing: tuple[str, ...]) -> bool:
    """Whether a note begins by saying what `thing` (as stems) is."""
    match = _DEFINED.match(text)
    if match is not None:
        label = raw_tokens(match.group(1))
        if tuple(content_stems(label)) == thing and _DENIED.isdisjoint(label):  # "No nucleus: ..." defines none
            return True
    return False


def glosses(text: str, thing: tuple[str, ...]) -> bool:
    """"crushed by the Freikorps (armed ex-soldiers)": a gloss in brackets after the name."""
    return any(tuple(content_stems(raw_tokens(" ".join(m.group(1).split()[-len(thing):])))) == thing
               for m in _GLOSSED.finditer(text))


def under_definition(trail: tuple[str, ...], thing: tuple[str, ...]) -> bool:
    """Whether the last of a trail is a "Definition" (or "Meaning", "What is it?") label
    under `thing` (as stems): a mind map's Bias › Definition, over "An inclination of
    temperament...", says what bias is (given a note's trail and its own text: the
    label itself, answered with the notes under it; given its trail: a note under it)."""
    return len(trail) >= 2 and " ".join(raw_tokens(trail[-1])) in DEFINITION_LABELS \
        and tuple(content_stems(raw_tokens(trail[-2]))) == thing


def _says_what(fragment: Fragment, thing: tuple[str, ...]) -> bool:
    """The note begins by saying what `thing` is, or is (or sits under) its definition label."""
    return begins_defining(fragment.text, thing) or under_definition((*fragment.trail, fragment.text), thing) \
        or under_definition(fragment.trail, thing)


_DENIED = NEGATORS | NEGATIONS
_GLOSSED = re.compile(r"((?:[\w'’-]+\s+){0,3}[\w'’-]+)\s*\((?!\d)[^()]{3,}\)")


_SYMBOLS = re.compile(r"\w+|[=<>+/^∑∫√±×·≈≤≥∝→←]")


def bare_term(words: tuple[str, ...]) -> tuple[str, ...]:
    """'Plasmodesmata?', 'golgi apparatus': a line that is only a term asks what it is."""
    if 1 <= len(words) <= 3 and not any(w in STOPWORDS or w in FRAMING_WORDS or w.isdigit() for w in words):
        return words
    return ()


def defining_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """"Who is Susanoo?": of the notes close enough to answer, the one that says what
    Susanoo is, before one that only names Susanoo beside others ("Amaterasu and
    Susanoo are siblings")."""
    if turn.asks_definition:
        named, fits = turn.named_thing, defines
    elif turn.function_of:  # "what does the nucleus do": the note it is the subject of
        named, fits = turn.function_of, acts_in
    else:
        named, fits = bare_term(turn.words), defines
    if not ranked or turn.wanted == "reason" or not named:
        return ranked
    asked = res.corpus.analyzer.analyse_words(named)
    thing = asked.stems
    if not thing or not ASPECT_WORDS.isdisjoint(asked.tokens):
        return ranked  # "what are the effects of evidence" asks for its effects, not what evidence is
    if fits is defines:  # a note that begins by saying what it is, or a definition label under it, before a
        # gloss in brackets ("support your thesis (synthesis)" is no definition of a thesis)
        found = first_close(res, ranked, lambda c: _says_what(res.fragment(c.doc.id), thing))
        if found is ranked:
            found = first_close(res, ranked, lambda c: glosses(res.fragment(c.doc.id).text, thing))
    else:
        found = first_close(res, ranked, lambda c: fits(res.fragment(c.doc.id).text, thing))
    if found is not ranked or not turn.asks_definition or res.heads_notes(ranked[0].doc.id):
        return found  # (a best note that heads notes is answered with them)
    # "## Learning" over "The process of acquiring...": a heading that is the very thing
    # asked, and the first note under it, is its definition
    first = res.branches.first_under(thing)
    at = next((n for n, c in enumerate(ranked[:res.settings.defining_reach]) if c.doc.id == first), None)
    return [ranked[at]] + ranked[:at] + ranked[at + 1:] if at else ranked


BEING = frozenset({"is", "are", "was", "were", "be", "been", "has", "have", "had"})


def acts_in(text: str, thing: tuple[str, ...]) -> bool:
    """Whether a note says what `thing` (as stems) does: it begins with it, or names it
    and then a deed of its own ("... ; vagus nerve inhibits SA node"), not how it is
    ("vagus nerve is more active")."""
    if begins_with(text, thing):
        return True
    words = raw_tokens(text)
    stems = [stem(w) for w in words]
    n = len(thing)
    for i in range(len(words) - n):
        if tuple(stems[i:i + n]) == thing and words[i + n] not in BEING and does(words[i + n]):
            return True
    return False


def does(word: str) -> bool:
    """Whether a word can be a verb said of one subject ("inhibits", "controls"): an -s form
    of a word that WordNet files as a verb ("impulses" is no deed)."""
    wordnet = WordNet.load()
    lemmas = [lemma for lemma in wordnet.lemmas_of(word) if lemma != word] if word.endswith("s") else []
    return any(sid.endswith("-v") for lemma in lemmas[:1] for sid in wordnet.synsets[lemma])


def begins_with(text: str, thing: tuple[str, ...]) -> bool:
    """Whether a note's first words are `thing` (as stems), with no "no" or "not"
    before it, and more after it: "Nucleus controls the cell", not "No nucleus: DNA
    is a loop", nor a note that is only the name "Nucleus"."""
    words = text.split()
    if words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    first = raw_tokens(" ".join(words[:len(thing)]))
    stems = tuple(content_stems(first))
    return len(words) > len(thing) + 1 and stems == thing and len(stems) == len(first) \
        and words[len(thing) - 1][-1].isalnum() \
        and words[len(thing)].isalpha()  # "Nucleus controls", not a row's "Peroxisome — Plant only: ..."


def saying_more_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """A note that holds nothing but words of the question ("Peroxisome", a table's
    cell) tells the student nothing: of the notes close enough to answer, one that
    says more about it comes first ("Toxic substances can be broken down by
    peroxisomes")."""
    if not ranked:
        return ranked
    asked = set(turn.query.stems) | set(turn.query.tokens) | set(turn.words)

    def says_more(candidate: Candidate) -> bool:
        if any(not s.isdigit() and s not in asked for s in candidate.doc.own):
            return True
        # a formula's symbols are no stems, yet say what was asked ("Time constant: τ = RC")
        words = _SYMBOLS.findall(res.fragment(candidate.doc.id).text.lower())
        return any(not w.isdigit() and w not in asked and stem(w) not in asked and w not in STOPWORDS
                   for w in words)

    return first_close(res, ranked, says_more)


FULL_NOTE = 3  # a note adding fewer words than this to the question's names things, and says little of them
# words that make a note a sentence about a thing ("Ribosomes are where protein synthesis happens"),
# which a list of names ("Rough ER - Smooth ER") has none of
SENTENCE_WORDS = frozenset({"is", "are", "was", "were", "where", "has", "have", "had", "can", "does", "do"})


def fuller_first(res: Resources, turn: Turn, ranked: list[Candidate],
                 leaned_on: tuple[str, ...] = ()) -> list[Candidate]:
    """Of two notes that hold the question equally, a sentence about it before a list
    of its names (a table cell "Endoplasmic Reticulum (ER) - Rough ER - Smooth ER"
    against "the rough one has ribosomes attach to it and the smooth one doesn't")."""
    if not ranked:
        return ranked
    asked = set(turn.query.stems)

    def adds(candidate: Candidate) -> int:
        return len({s for s in candidate.doc.own if not s.isdigit() and s not in asked})

    top = ranked[0]
    trail = res.fragment(top.doc.id).trail
    heading = set(res.corpus.analyzer.analyse(trail[-1], correct=False).stems) if trail else set()
    # `leaned_on`: the last question's words, for "does it need energy?" after "what is diffusion"
    if (adds(top) >= FULL_NOTE or not heading.isdisjoint((asked | set(leaned_on)) - set(top.doc.own))
            or not SENTENCE_WORDS.isdisjoint(raw_tokens(res.fragment(top.doc.id).text))):
        return ranked  # "Passive, so no energy" under "Diffusion", asked of diffusion: said in few words;
        # "Ribosomes are where protein synthesis happens": a sentence about them
    return first_close(res, ranked, lambda c: (
        c.coverage >= top.coverage - 0.01 and adds(c) >= FULL_NOTE and c.doc.topic == top.doc.topic))


SORTING = {"only": "both", "both": "only"}  # words that sort things into groups, each the other's opposite


def sorted_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """"Which parts are only found in plant cells": of the notes close enough to answer,
    one under "Only in plant cells" before one under "Parts in both animal & plant cells",
    which holds the question's other words but says the opposite of its "only"."""
    said = [w for w in turn.words if w in SORTING]
    if not ranked or len(said) != 1:
        return ranked
    word = said[0]

    def words_of(candidate: Candidate) -> set[str]:
        frag = res.fragment(candidate.doc.id)
        return set(raw_tokens(" ".join((*frag.trail, frag.text))))

    best = words_of(ranked[0])
    if SORTING[word] not in best or word in best:
        return ranked
    return first_close(res, ranked, lambda c: word in words_of(c) and SORTING[word] not in words_of(c))


def deed_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """'What did the GMD do to the CCP': of the notes close enough to answer, one where the
    GMD does something and the CCP comes after ("the GMD built up its army ... and massacred
    CCP members"), before one that names both ("the CCP and the GMD battled for power")."""
    doer, done_to = deed_on(turn.words)
    if not ranked or not doer:
        return ranked
    analyse = res.corpus.analyzer.analyse_words
    doer_stems, done_to_stems = analyse(doer).stems, analyse(done_to).stems
    return first_close(res, ranked, lambda c: acts_on(res.fragment(c.doc.id).text, doer_stems, done_to_stems))


def acts_on(text: str, doer: tuple[str, ...], done_to: tuple[str, ...]) -> bool:
    """Whether the text names `doer` (as stems) with a verb right after it, and `done_to` later."""
    words = raw_tokens(text)
    stems = [stem(w) for w in words]
    n, m = len(doer), len(done_to)
    if not n or not m:
        return False
    for i in range(len(words) - n):
        if tuple(stems[i:i + n]) == doer and words[i + n] not in BEING and can_be_verb(words[i + n]) \
                and words[i + n] not in STOPWORDS:
            return any(tuple(stems[j:j + m]) == done_to for j in range(i + n + 1, len(words) - m + 1))
    return False


def conditional_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """"What would happen if Germany or Russia got attacked": of the notes close enough to
    answer, one that says what happens if ("If one was attacked, the other would remain
    neutral") and holds the deed of the question's "if" ("attacked"), before one that
    only names who it is about."""
    if not ranked or "if" not in turn.words:
        return ranked
    clause = turn.words[turn.words.index("if") + 1:]
    ordinary = res.corpus.weights.ordinary
    verbs = (stem(w) for w in clause if w not in STOPWORDS and can_be_verb(w))
    deeds = tuple(dict.fromkeys(s for s in verbs if ordinary.get(s, 0.0) < GENERIC_ZIPF and s not in res.free_stems))
    if not deeds:
        return ranked
    return first_close(res, ranked, lambda c: "condition" in c.doc.marks
                       and set(matched_stems(deeds, c.doc)) >= set(deeds))


def count_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """'How many phrases make up a period': of the notes close enough to answer, one whose
    number counts the phrases ("consists of two phrases") before one that counts
    something else ("not made of two periods")."""
    counted = counted_noun(turn.words) if turn.wanted == "count" else ""
    if not ranked or not counted:
        return ranked
    wanted = set(res.corpus.analyzer.analyse(counted).stems)
    if not wanted:
        return ranked

    def counts_it(candidate: Candidate) -> bool:
        words = raw_tokens(res.fragment(candidate.doc.id).text)
        return any(w.isdigit() and wanted & {stem(x) for x in words[i + 1:i + 3]} for i, w in enumerate(words))
    # the note that counts them may rank below one that is not close enough: looked for past it
    return first_close(res, ranked, counts_it, past_unsure=True)


def reason_first(res: Resources, turn: Turn, ranked: list[Candidate]) -> list[Candidate]:
    """'Why is sexual reproduction useful': of the notes close enough to answer, one that gives
    a reason ("...allows for favourable DNA", under "Why?") before a heading whose notes only
    say what it is. Only for a best note that heads notes, none of which gives a reason."""
    if not ranked or turn.wanted != "reason":
        return ranked
    headed = res.branches.under(res.fragment(ranked[0].doc.id))
    if not headed or any("cause" in res.corpus.docs[i].marks for i in headed.fragment_ids):
        return ranked  # a note that answers in its own words stays; so do notes that give reasons
    return first_close(res, ranked, lambda c: "cause" in c.doc.marks)


def first_close(res: Resources, ranked: list[Candidate], fits: Callable[[Candidate], bool],
                past_unsure: bool = False) -> list[Candidate]:
    """The ranking with the first note that `fits` put first, when the best does not and
    that note is close enough to answer (at least `defining_share` as sure as the best,
    among the `defining_reach` best); else the ranking as it is. The search stops at the
    first note not close enough, unless `past_unsure`: then it looks past such notes."""
    if fits(ranked[0]):
        return ranked
    close = max(min(ranked[0].confidence, 1.0) * res.settings.defining_share, res.settings.decline_below)
    for n, candidate in enumerate(ranked[1:res.settings.defining_reach], start=1):
        if candidate.confidence < close:
            if past_unsure:
                continue
            break
        if fits(candidate):
            return [candidate] + ranked[:n] + ranked[n + 1:]
    return ranked
