"""English phrasal verbs from WordNet ("stick to", "speed up", "win back"): which
phrase a student's words say, and which phrases mean a word of the notes; and
whether a word can be a verb at all. Read from the same table as tutor.text.wordnet.
"""

from __future__ import annotations

from collections.abc import Mapping
from functools import lru_cache

from tutor.text.wordnet import WordNet


def phrase_meanings(tokens: list[str]) -> dict[int, frozenset[str]]:
    """Where a student's words say a phrase WordNet files as one verb ("stuck to",
    "got rid of", "kicked out"), the single words of its two usual senses ("stick
    to": "adhere", then "follow"; a phrase's literal sense often comes first), by
    the position of its first word: so "they had to stick to the policies" says
    "follow" them. The first word may be any of its forms."""
    tails = WordNet.load().phrase_tails
    out: dict[int, frozenset[str]] = {}
    for i in range(len(tokens) - 1):
        for size in (3, 2):
            if len(tokens) >= i + size:
                words = _phrase_words(tokens[i], " ".join(tokens[i + 1:i + size])) \
                    if tokens[i + 1] in tails else frozenset()
                if words:
                    out[i] = words
                    break
    return out


@lru_cache(maxsize=65536)
def _phrase_words(first: str, rest: str) -> frozenset[str]:
    """The single words of the usual senses of the verb phrase "<a form of first> rest",
    if WordNet has one (a phrase's words never change: kept once read)."""
    wordnet = WordNet.load()
    if not first.isalpha():
        return frozenset()
    heads = [first, *wordnet.lemmas_of(first)[:2]]
    lemma = next((f"{h} {rest}" for h in heads if f"{h} {rest}" in wordnet.synsets), "")
    senses = [sid for sid in wordnet.synsets.get(lemma, ())[:2] if sid.endswith("-v")]
    return frozenset(w for sid in senses for w in wordnet.members.get(sid, ()) if " " not in w)


PARTICLES = frozenset({"up", "out", "down", "back", "off", "over", "away"})  # "in", "on": too often a preposition


def phrasal_verbs(words, wordnet: WordNet) -> dict[str, str]:
    """For the words of some notes, the phrasal verbs WordNet files with them in the
    phrase's usual sense, in each form a student may type: {"won back": "regain",
    "pulls out": "withdraw", ...}, so "which land did France hope to win back" meets
    "France wanted to regain Alsace". Only a verb with a particle ("up", "out",
    "back"...): "do in" would be "kill"."""
    table: dict[str, str] = {}
    past = _past_forms(wordnet.forms)
    for word in sorted(words):
        verbs = [lemma for lemma in wordnet.lemmas_of(word)[:2]
                 if any(s.endswith("-v") for s in wordnet.synsets.get(lemma, ()))]  # "established": establish
        if not verbs:  # a deed the notes name ("acceleration"): the verb it is made from ("accelerate")
            verbs = [d for lemma in wordnet.lemmas_of(word)[:1] for d in sorted(wordnet.pairs["D"].get(lemma, ()))
                     if " " not in d and wordnet.usually_a_deed(d)]
        for lemma in verbs[:1]:
            for sid in [s for s in wordnet.synsets.get(lemma, ()) if s.endswith("-v")][:2]:
                for member in wordnet.members.get(sid, ()):
                    parts = member.split()
                    if len(parts) != 2 or parts[1] not in PARTICLES or sid not in wordnet.synsets.get(member, ())[:2]:
                        continue
                    for form in _verb_forms(parts[0], past):
                        table.setdefault(f"{form} {parts[1]}", word)
    return table


def _past_forms(forms: Mapping[str, str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = {}
    for form, lemma in forms.items():
        out.setdefault(lemma, []).append(form)
    return out


def _verb_forms(verb: str, irregular: Mapping[str, list[str]]) -> set[str]:
    """A verb's forms: 'stir' - stirs, stirred, stirring; 'carry' - carries, carried;
    'set' - sets, setting; 'give' - gave, given."""
    vowels = "aeiou"
    if len(verb) <= 4 and verb[-1] not in vowels + "wxy" and verb[-2] in vowels and verb[-3:-2] not in tuple(vowels):
        ing, ed, es = verb + verb[-1] + "ing", verb + verb[-1] + "ed", verb + "s"
    elif verb.endswith("e"):
        ing, ed, es = verb[:-1] + "ing", verb + "d", verb + "s"
    elif verb.endswith("y") and verb[-2:-1] not in tuple(vowels):
        ing, ed, es = verb + "ing", verb[:-1] + "ied", verb[:-1] + "ies"
    else:
        ing, ed, es = verb + "ing", verb + "ed", verb + ("es" if verb.endswith(("s", "sh", "ch", "x", "z")) else "s")
    return {verb, ing, es} | (set(irregular.get(verb, ())) or {ed})


def can_be_verb(word: str) -> bool:
    """Whether a form of the word is a verb ("born": bear; "attacked"), as "whole" or
    "finally" is not."""
    wordnet = WordNet.load()
    return any(sid.endswith("-v") for lemma in wordnet.lemmas_of(word)[:2] for sid in wordnet.synsets.get(lemma, ()))
