"""Word relations from Open English WordNet, read from the compact table
tools/make_wordnet.py reduces it to (tutor/data/wordnet.tsv.gz).

Only the index build reads it (a cold start): it asks, for each word of the
notes, which everyday words mean the same or nearly ("squeeze" for
"contract", "chamber" for "atrium", "alike" for "similarity"), so that a
question put in other words still meets the note; and which words mean the
opposite, so a reversed explanation is caught. Warm starts read the answer
from the cache, never this table.

Credit: Open English WordNet (CC BY 4.0), derived from Princeton WordNet 3.0.
"""

from __future__ import annotations

import gzip
from collections.abc import Mapping
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources

# how nearly a related word means the same, for the coverage it earns
STRENGTH = {"synonym": 1.0, "derived": 0.9, "pertains": 0.8, "similar": 0.8, "broader": 0.7, "narrower": 0.6}
SENSE = (1.0, 0.8, 0.6)   # a word's first sense counts fully, its later ones less (then 0.5 each)
_NOUN_ENDINGS = (("ses", "s"), ("xes", "x"), ("zes", "z"), ("ches", "ch"), ("shes", "sh"), ("men", "man"),
                 ("ies", "y"), ("s", ""))
_VERB_ENDINGS = (("ies", "y"), ("es", "e"), ("es", ""), ("ed", "e"), ("ed", ""), ("ing", "e"), ("ing", ""), ("s", ""))
_ADJ_ENDINGS = (("er", ""), ("est", ""), ("er", "e"), ("est", "e"))


@dataclass
class WordNet:
    members: dict[str, tuple[str, ...]] = field(default_factory=dict)      # synset -> lemmas
    synsets: dict[str, list[str]] = field(default_factory=dict)            # lemma -> synsets
    hypernyms: dict[str, tuple[str, ...]] = field(default_factory=dict)
    hyponyms: dict[str, list[str]] = field(default_factory=dict)
    similar: dict[str, tuple[str, ...]] = field(default_factory=dict)
    pairs: dict[str, dict[str, set[str]]] = field(default_factory=dict)    # kind -> lemma -> lemmas
    forms: dict[str, str] = field(default_factory=dict)                    # irregular form -> lemma

    @cached_property
    def phrase_tails(self) -> frozenset[str]:
        """The second words of the verb phrases WordNet files ("to" of "stick to", "rid" of
        "get rid of"): a student's two words can be such a phrase only if the second is one."""
        return frozenset(lemma.split()[1] for lemma, senses in self.synsets.items()
                         if " " in lemma and any(sid.endswith("-v") for sid in senses))

    @classmethod
    def load(cls) -> WordNet:
        """The table, read once a process (it is never changed after reading)."""
        return _load()

    @classmethod
    def read(cls) -> WordNet:
        wn = cls()
        wn.pairs = {"D": {}, "A": {}, "P": {}, "N": {}}
        data = resources.files("tutor").joinpath("data/wordnet.tsv.gz").read_bytes()
        for line in gzip.decompress(data).decode("utf-8").splitlines():
            if not line or line.startswith("#"):
                continue
            parts = line.split("\t")
            if parts[0] == "L":
                wn.synsets[parts[1]] = parts[2].split()  # in sense order, most frequent first
            elif parts[0] == "S":
                sid, members = parts[1], tuple(parts[3].split("|"))
                wn.members[sid] = members
                for lemma in members:
                    senses = wn.synsets.setdefault(lemma, [])
                    if sid not in senses:
                        senses.append(sid)
                wn.hypernyms[sid] = tuple(parts[4].split())
                for up in wn.hypernyms[sid]:
                    wn.hyponyms.setdefault(up, []).append(sid)
                wn.similar[sid] = tuple(parts[5].split()) if len(parts) > 5 else ()
            else:
                kind, a, b = parts
                wn.pairs[kind].setdefault(a, set()).add(b)
                if kind not in ("P", "N"):  # a pertainym, and a word a definition denies, go one way
                    wn.pairs[kind].setdefault(b, set()).add(a)
        wn.forms = irregular_forms()
        return wn

    def lemmas_of(self, word: str, nouns_only: bool = False) -> list[str]:
        """The WordNet lemmas a word may be a form of ("contracted" -> "contract");
        with `nouns_only`, only as a noun or its plural ("crushed" is no noun)."""
        found = [word] if word in self.synsets else []
        base = self.forms.get(word)
        if base in self.synsets and base not in found and not nouns_only:
            found.append(base)
        for endings in (_NOUN_ENDINGS,) if nouns_only else (_NOUN_ENDINGS, _VERB_ENDINGS, _ADJ_ENDINGS):
            for suffix, repl in endings:
                if word.endswith(suffix) and len(word) > len(suffix) + 1:
                    base = word[: -len(suffix)] + repl
                    if base in self.synsets and base not in found:
                        found.append(base)
        return found

    def _sense_weight(self, lemma: str, sid: str) -> float:
        """How usual this meaning of the word is: its rank among the word's meanings
        of the same part of speech ("gain" as a verb is first "acquire")."""
        pos = _pos(sid)
        senses = [other for other in self.synsets.get(lemma, []) if _pos(other) == pos]
        rank = senses.index(sid) if sid in senses else len(SENSE)
        return SENSE[rank] if rank < len(SENSE) else 0.5

    def related(self, lemma: str) -> dict[str, float]:
        """Words that mean the same as `lemma`, or nearly, with how nearly: the
        relation's STRENGTH, less for a sense either word is seldom used in."""
        out: dict[str, float] = {}

        def add(sid: str, strength: float, own: float) -> None:
            for w in self.members.get(sid, ()):
                value = strength * own * self._sense_weight(w, sid)
                if w != lemma and out.get(w, 0.0) < value:
                    out[w] = value

        for sid in self.synsets.get(lemma, ()):
            own = self._sense_weight(lemma, sid)
            add(sid, STRENGTH["synonym"], own)
            for other in self.similar.get(sid, ()):
                add(other, STRENGTH["similar"], own)
            for up in self.hypernyms.get(sid, ()):
                add(up, STRENGTH["broader"], own)
            for down in self.hyponyms.get(sid, ()):
                add(down, STRENGTH["narrower"], own)
        for kind, strength in (("D", STRENGTH["derived"]), ("P", STRENGTH["pertains"])):
            for w in self.pairs[kind].get(lemma, ()):
                if out.get(w, 0.0) < strength:
                    out[w] = strength
        return out

    def is_a(self, lemma: str, roots: frozenset[str], senses: int = 2, as_noun: bool = False) -> bool:
        """Whether one of the word's first `senses` meanings is a kind of one of `roots`
        (synset ids: "a pensioner is a person", "a month is a period of time")."""
        seen: set[str] = set()
        found = self.synsets.get(lemma, ())
        # a word known to be used as a noun ("conservatives") by its first noun senses,
        # any other by its first senses ("natural" is an adjective before it is a person)
        todo = [sid for sid in (found if as_noun else found[:senses]) if sid.endswith("-n")][:senses]
        while todo:
            sid = todo.pop()
            if sid in roots:
                return True
            if sid not in seen:
                seen.add(sid)
                todo.extend(self.hypernyms.get(sid, ()))
        return False

    def antonyms(self, lemma: str) -> set[str]:
        return set(self.pairs["A"].get(lemma, ()))

    def denied(self, word: str) -> set[str]:
        """The words a meaning of `word` is defined as denying: "lax" ("lacking in rigor or
        strictness") denies "strictness", "relax" ("make less severe or strict") "strict";
        an opposite WordNet gives in its definitions, not as an antonym. One way only: the
        grader asks it of the student's word and of the point's."""
        return {other for lemma in self.lemmas_of(word)[:2] for other in self.pairs["N"].get(lemma, ())}

    def usually_a_deed(self, lemma: str) -> bool:
        """Whether the lemma's most frequent meaning is a verb ("boost" is a noun first)."""
        return bool(self.synsets.get(lemma)) and self.synsets[lemma][0].endswith("-v")

    def opposed_kind(self, word: str) -> set[str]:
        """For a deed WordNet gives no opposite of, the opposites of the broader deed its
        usual meaning is a kind of: "boost" is a way to "raise", whose opposite is "lower"."""
        found: set[str] = set()
        for lemma in self.lemmas_of(word)[:1]:
            if self.antonyms(lemma):
                continue  # a deed with an opposite of its own ("distrust": "trust") has that one
            if not (word.endswith(("ed", "ing")) or self.usually_a_deed(lemma)):
                continue  # only a word said as a deed: "credits" are money, not a way to "believe"
            for sid in [s for s in self.synsets.get(lemma, ()) if s.endswith("-v")][:1]:
                for up in self.hypernyms.get(sid, ()):
                    for member in self.members.get(up, ()):
                        for opposite in self.antonyms(member):
                            found |= self._near(opposite)
        return found

    def negations_meaning(self, word: str) -> set[str]:
        """The words that, negated, say what `word` says: "insufficient" is "not enough"
        and "not sufficient", "distrust" is "not trust". Only a word made by putting a
        negative prefix before its antonym ("in-", "dis-", "un-"), or an adjective
        whose usual meaning has one ("weak": "not strong"). The antonym's words are
        those of its usual meaning and, for a prefixed word, of the meanings WordNet
        files as similar to it, each in its own usual meaning ("enough", "adequate")."""
        found: set[str] = set()
        for lemma in self.lemmas_of(word)[:2]:
            adjective = self.synsets.get(lemma, ("",))[0][-1:] in ("a", "s")
            for opposite in self.antonyms(lemma):
                prefixed = _negates(lemma, opposite)
                if not (adjective or prefixed):
                    continue
                for sid in self.synsets.get(opposite, ())[:1]:
                    for near in (sid, *(self.similar.get(sid, ()) if prefixed else ())):
                        found.update(w for w in self.members.get(near, ()) if self.synsets.get(w, ())[:1] == [near])
                found.add(opposite)
        return {w for w in found if " " not in w and "-" not in w}

    def direct_opposites(self, a: str, b: str) -> bool:
        """Whether WordNet files a form of one word as the antonym of a form of the other
        ("western", "eastern"; "increased", "decrease")."""
        mine = {x for lemma in self.lemmas_of(a) for x in self.antonyms(lemma)}
        return bool(mine) and any(lemma in mine for lemma in self.lemmas_of(b))

    def _near(self, lemma: str) -> set[str]:
        """The word, its first meaning's other words, and the words of the meanings
        WordNet files as similar to it (an adjective and its cluster's head)."""
        out = {lemma}
        for sid in self.synsets.get(lemma, ())[:1]:
            out.update(self.members.get(sid, ()))
            for other in self.similar.get(sid, ()):
                out.update(self.members.get(other, ()))
        return out

    def same_sense(self, word: str) -> set[str]:
        """Words that mean what `word` means in its usual sense: the other words of
        its first meaning, for each lemma it may be a form of ("frightened" - "scared")."""
        return {other for lemma in self.lemmas_of(word)[:2] for sid in self.synsets.get(lemma, ())[:1]
                for other in self.members.get(sid, ())} - {word}

    def opposites(self, word: str) -> set[str]:
        """Words that say the opposite of `word` in its usual sense: the antonyms of
        it and of its nearest words, with theirs ("attack" - "defend", "secure" -
        "insecure", "confident" - "diffident"). Only words that can say how something
        is or what is done (adjectives, verbs, adverbs): "leader" and "follower" are
        two things, not two ways round."""
        lemmas = [lemma for lemma in self.lemmas_of(word)[:2]
                  if any(not sid.endswith("-n") for sid in self.synsets.get(lemma, ()))]
        if not lemmas:
            return set()  # a thing's name ("leader", "threat") has no opposite to say it the other way
        own = set().union(*(self._near(lemma) for lemma in lemmas))
        found: set[str] = set()
        for near in own:
            for opposite in self.antonyms(near):
                found |= self._near(opposite)
        return found - own


NEGATIVE_PREFIXES = ("un", "in", "im", "il", "ir", "dis", "non", "mis")


def _negates(word: str, opposite: str) -> bool:
    """The word is its opposite with a negative prefix ("distrust", "trust")."""
    return any(word == prefix + opposite for prefix in NEGATIVE_PREFIXES)


@lru_cache(maxsize=1)
def _load() -> WordNet:
    return WordNet.read()


def _pos(sid: str) -> str:
    kind = sid.rsplit("-", 1)[-1]
    return "a" if kind == "s" else kind


def irregular_forms() -> dict[str, str]:
    """Irregular inflected forms and their lemma ("took" -> "take", "atria" -> "atrium"),
    from Open English WordNet (tutor/data/irregular.tsv, made by tools/make_wordnet.py)."""
    text = resources.files("tutor").joinpath("data/irregular.tsv").read_text(encoding="utf-8")
    return dict(line.split("\t", 1) for line in text.splitlines() if line and not line.startswith("#"))


KIND_PREFIXES = ("hyper", "super", "sub", "over", "under", "mini", "micro", "macro", "semi", "multi", "ultra",
                 "mega", "inter", "intra", "extra", "proto", "neo")  # a kind or degree of the rest, never its undoing


def compound_stems(words, everyday: Mapping[str, float], stem, strength: float) -> dict[str, dict[str, float]]:
    """For the words of some notes, a word made of a prefix that says a kind or degree
    and an everyday word ("hyperinflation": inflation; "subculture": culture), when
    the whole is no everyday word itself: the everyday word's stem mapped to the
    compound's, at `strength`. So "the crazy inflation" meets "Hyperinflation 1923"."""
    table: dict[str, dict[str, float]] = {}
    for word in words:
        if word in everyday or not word.isalpha():
            continue
        for prefix in KIND_PREFIXES:
            rest = word[len(prefix):].lstrip("-")
            if word.startswith(prefix) and len(rest) >= 5 and rest in everyday and stem(rest) != stem(word):
                table.setdefault(stem(rest), {})[stem(word)] = strength
    return table


def related_stems(words, wordnet: WordNet, everyday: Mapping[str, float], stem) -> dict[str, dict[str, float]]:
    """For the words of some notes: every everyday word (as its stem) that means
    nearly what one of them means, mapped to that word's stem with how nearly.
    A question's word found here meets the notes' word ("squeezing" meets
    "contract"); only everyday words are kept, since those are what students type."""
    table: dict[str, dict[str, float]] = {}
    for word in words:
        own = stem(word)
        near: dict[str, float] = {}
        for lemma in wordnet.lemmas_of(word):
            for other, strength in wordnet.related(lemma).items():
                if strength > near.get(other, 0.0):
                    near[other] = strength
        for other, strength in near.items():
            if other not in everyday:
                continue
            key = stem(other)
            if key != own and strength > table.setdefault(key, {}).get(own, 0.0):
                table[key][own] = strength
    return table
