"""Whether a question names something the notes never hold: a named thing they never
use as a phrase ("the great purge"), or a name written as a name that no note uses
("Poland"). However much else it shares with the notes, it is about something else.
Read by tutor.dialogue.decide before it answers."""

from __future__ import annotations

import re

from tutor.dialogue.forms import FORMULA_WORDS
from tutor.dialogue.resources import Resources
from tutor.dialogue.turn import Turn
from tutor.search.corpus import near_pairs
from tutor.text.lexicon import STOPWORDS
from tutor.text.normalise import stem
from tutor.text.wordnet import WordNet

RELATING = frozenset({"for", "in", "on", "about", "between", "to", "from", "with", "during", "after", "before"})


def unknown_thing(res: Resources, turn: Turn) -> bool:
    """"What was the great purge?" asks about a named thing; unless the notes hold
    that name as a phrase, sharing one of its words ("purged") is no answer."""
    thing = turn.named_thing
    cut = next((n for n, w in enumerate(thing) if w in RELATING), None)
    if cut is not None and all(w in FORMULA_WORDS for w in thing[:cut]):
        thing = thing[cut + 1:]  # "the equation for inductance": a formula is asked for; inductance must be named
    elif cut is not None and FORMULA_WORDS.isdisjoint(thing[:cut]) and _unused_everyday(res, thing[:cut]):
        thing = thing[cut + 1:]  # "the problem with proportional representation": what it is about must be there
    elif cut is not None:  # "the causes of the war": "causes" must be a name the notes use
        thing = thing[:cut]
    if not thing:
        return False
    analysis = res.corpus.analyzer.analyse_words(thing)
    stems = list(analysis.stems)
    if len(stems) == 2 and _named_with_its_kind(res, stems, analysis.tokens):
        stems = stems[:-1]
    if not 1 <= len(stems) <= 4:
        return False
    near = res.corpus.weights.matcher.near(stems)  # spelt as the notes spell it, or a form of it,
    related = res.corpus.weights.related           # or a word of nearly its meaning ("kinds": "types")
    near = {s: near[s] | {n for n, v in related.get(s, {}).items() if v >= res.settings.named_thing_related}
            for s in stems}
    pairs = {(a, b) for x, y in zip(stems, stems[1:]) for a in near[x] for b in near[y]}
    index = res.corpus.index
    positions = sorted({int(p) for form in near[stems[0]] for p in index.docs_with(form)})
    for position in positions[:res.settings.named_thing_notes]:
        doc = index.docs[position]
        if all(not near[s].isdisjoint(doc.stems) for s in stems) and (not pairs or pairs & _near_pairs(res, doc.id)):
            return False
    return True


_TYPED_NAME = re.compile(r"(?<=\s)([A-Z][a-z]+|[A-Z]{2,6})\b")


def unknown_name(res: Resources, turn: Turn) -> str:
    """A name the student writes as a name ("how much aid did the UK give", "what land
    did Germany lose to Poland"), inside the line, that no note uses in any form: the
    question is about something the notes do not hold, however much else it shares."""
    weights = res.corpus.weights
    for match in _TYPED_NAME.finditer(turn.text):
        stems = res.corpus.analyzer.analyse(match.group(1)).stems
        if stems and all(res.corpus.index.idf(s) is None and s not in weights.names and s not in res.free_stems
                         and not weights.matcher.near((s,))[s] - {s} for s in stems):
            return match.group(1)
    return ""


def _named_with_its_kind(res: Resources, stems: list[str], tokens: tuple[str, ...]) -> bool:
    """A thing of two words whose second says what kind it is: "a partial correlation" in
    notes titled "Correlation" (a kind of what they are about); "a fricative sound" (a
    fricative, which is a sound). `tokens` are the words as corrected ("fricitive")."""
    titled = set(res.corpus.analyzer.analyse(res.kb.title, correct=False).stems) if res.kb.title else set()
    if stems[-1] in titled and stems[0] not in titled:
        return True
    content = [w for w in tokens if w not in STOPWORDS]
    return len(content) == 2 and kind_of(content[0], content[1])


def kind_of(word: str, broader: str) -> bool:
    """Whether WordNet files a usual meaning of `word` as a kind of `broader` (a noun):
    a fricative is a sound, a nucleus an organelle."""
    wordnet = WordNet.load()
    roots = frozenset(sid for lemma in wordnet.lemmas_of(broader, nouns_only=True)[:1]
                      for sid in wordnet.synsets.get(lemma, ()) if sid.endswith("-n"))
    return bool(roots) and any(wordnet.is_a(lemma, roots, senses=3, as_noun=True)
                               for lemma in wordnet.lemmas_of(word)[:1])


def _unused_everyday(res: Resources, words: tuple[str, ...]) -> bool:
    """Everyday words, none of which the notes use ("the problem"): the student's way of
    asking about what follows them, not a name the notes would have to hold."""
    content = [w for w in words if w not in STOPWORDS]
    ordinary = res.corpus.weights.ordinary
    return bool(content) and all(stem(w) in ordinary and res.corpus.index.idf(stem(w)) is None for w in content)


def _near_pairs(res: Resources, fragment_id: str) -> frozenset[tuple[str, str]]:
    frag = res.fragment(fragment_id)
    analyse = res.corpus.analyzer.analyse
    return near_pairs(analyse(frag.text, correct=False).stems).union(
        *(near_pairs(analyse(h, correct=False).stems) for h in frag.trail))
