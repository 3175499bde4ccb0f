"""A student's explanation cut into the claims it makes, each with what flips its
meaning marked.

Scope decides which claim a stretch of words makes: "not" and "never" flip the
words after them in their clause; a word like "weak" carries its own "not"; and
a contrast makes the words it sets aside a denial: in "protecting the USSR rather
than spreading communism" the student says Stalin did *not* put spreading
communism first. "Although" concedes a clause without claiming it. A "not" never
reaches across a contrast ("it was not X but Y": Y is said, not denied).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from tutor.search.analysis import Analyzer
from tutor.text.lexicon import NEGATORS, STOPWORDS
from tutor.text.normalise import raw_tokens, stem
from tutor.text.phrasal import phrase_meanings
from tutor.text.synonyms import Synonyms

# Words that carry their own "not": weak is not strong, unstable is not stable. WordNet's
# opposites (tutor.text.wordnet) do the same for a point's own key words; these are the
# everyday ones students use against any point.
ANTONYMS = {
    "weak": "strong", "weaker": "strong", "weakness": "strong", "feeble": "strong", "powerless": "powerful",
    "unstable": "stable", "instability": "stable", "chaos": "stable", "chaotic": "stable", "turmoil": "stable",
    "disloyal": "loyal", "unsafe": "safe", "insecure": "secure", "distrust": "trust", "mistrust": "trust",
    "untrustworthy": "trust", "lose": "win", "lost": "win", "losing": "win", "unable": "able", "failed": "succeed",
}
SUBJECTS = frozenset({"i", "you", "he", "she", "it", "we", "they"})
# "didn't think they were strong": after these a new subject is still under the "not".
REPORTING = frozenset({"think", "thought", "believe", "believed", "feel", "felt", "say", "said", "know", "knew",
                       "reckon", "reckoned", "realise", "realised", "realize", "realized", "expect", "expected"})
# Where one claim ends and another begins; a contrast also decides how the next is meant.
_BREAK = re.compile(r"[.;!?\n]+|,|\s[-–—]+\s|\b(because|cause|cos|coz|so|but|however|although|though|even though|while|"
                    r"whereas|which|as|since|and then|and|also|rather than|instead of|not because|than)\b", re.I)
# the next clause is set aside ("cared more about X than Y"; after "less" it is X that is)
DENIES_NEXT = frozenset({"rather than", "instead of", "not because", "than"})
_LESS = re.compile(r"\b(less|fewer|not as|not so)\b", re.I)
LESSENING = frozenset({"less", "fewer"})  # "less confident": not confident (unless "... than", which is the clause's)
CONCEDES_NEXT = frozenset({"although", "though", "even though"})       # the next clause is granted, not claimed
CONTRASTS = frozenset({"but", "however", "whereas", "while"}) | DENIES_NEXT | CONCEDES_NEXT


@dataclass(frozen=True)
class Unit:
    """A stretch of the student's words, as stems with the words that flip meaning marked."""

    text: str
    stems: tuple[str, ...]
    words: tuple[str, ...]      # the words as typed (after normalising), beside their stems
    negators: tuple[int, ...]   # positions of "not", "never", ...
    antonyms: tuple[int, ...]   # positions of words like "weak", stored as the word they negate
    breaks: tuple[int, ...] = ()  # where a new subject ("it", "he") or a contrast starts: a "not" stops there
    span: tuple[int, int] = (0, 0)  # the clauses it covers (first, last), to tell overlapping units apart
    conceded: bool = False      # granted in passing ("although ..."), never the student's own claim
    phrases: tuple[tuple[int, frozenset[str]], ...] = ()  # where a phrase says one word: the stems it says
    linked: bool = False        # joins two clauses by a connective ("so", "because"): two claims, not one


@dataclass(frozen=True)
class Clause:
    text: str
    denied: bool = False     # set aside by a contrast: "rather than X"
    conceded: bool = False   # "although X"
    contrast: bool = False   # follows a contrast: what went before does not reach into it
    linked: bool = False     # follows a connective ("so", "because"), not only a comma or a stop


# "they were (both) against keeping up relations", "he was opposed to it": being against a thing says it
# not; "the war against Germany" says nothing of the kind
OPPOSING = frozenset({"against", "opposed"})
BEING = frozenset({"is", "are", "was", "were", "be", "been", "being", "am"})
# "kept the country out of danger", "stay out of the war": kept from it, so not in it
KEEPING = frozenset({"keep", "keeps", "kept", "keeping", "stay", "stays", "stayed", "staying", "remain",
                     "remains", "remained", "steer", "steered"})
KEPT_OUT = "\0out"  # the "out" of such an "out of", marked as typed (before the notes' synonyms read "keep")


def _kept_out(tokens: list[str]) -> list[str]:
    """The tokens with each "out" of "out of" after a verb of keeping (within four words) marked."""
    return [KEPT_OUT if tok == "out" and tokens[n + 1: n + 2] == ["of"] and KEEPING & set(tokens[max(0, n - 4): n])
            else tok for n, tok in enumerate(tokens)]


def clauses(text: str) -> list[Clause]:
    """The explanation cut at clause breaks, each with how the break before it frames it."""
    out: list[Clause] = []
    joiners: set[str] = set()   # every connective since the last clause ("but because")
    for n, piece in enumerate(_BREAK.split(text or "")):
        if n % 2 == 1:
            joiners.add((piece or "").lower())
        elif piece and piece.strip():
            denied = bool(joiners & DENIES_NEXT)
            if joiners == {"than"} and out and _LESS.search(out[-1].text):  # "cared less about X than Y"
                out[-1], denied = Clause(out[-1].text, True, out[-1].conceded, out[-1].contrast), False
            out.append(Clause(piece.strip(), denied, bool(joiners & CONCEDES_NEXT), bool(joiners & CONTRASTS),
                              bool(joiners - {""})))
            joiners = set()
    return out


def make_unit(text: str, analyzer: Analyzer | None = None, synonyms: Synonyms | None = None,
              parts: tuple[Clause, ...] = (), span: tuple[int, int] = (0, 0)) -> Unit:
    """The text's words with what flips their meaning marked; read with the notes'
    synonyms (the analyzer's, or `synonyms`), misspellings corrected when an
    analyzer is given. `parts`, when given, are the clauses the text joins: a
    denied one reads as if "not" began it, and a contrast starts a new scope."""
    if analyzer is not None:
        synonyms = analyzer.synonyms
    apply_synonyms = (synonyms or Synonyms.of()).apply
    stems: list[str] = []
    words: list[str] = []
    negators: list[int] = []
    antonyms: list[int] = []
    breaks: list[int] = []
    phrases: list[tuple[int, frozenset[str]]] = []
    for part in parts or (Clause(text),):
        tokens = raw_tokens(part.text)
        if analyzer is not None:
            tokens = [analyzer.speller.correct(t) if stem(t) not in analyzer.known_stems else t for t in tokens]
        if part.contrast or part.denied:
            breaks.append(len(stems))
        if part.denied:
            negators.append(len(stems))
            stems.append("")
            words.append("")
        previous = before = ""
        tokens = apply_synonyms(_kept_out(tokens))
        meant = phrase_meanings(tokens) if analyzer is not None else {}
        for n, tok in enumerate(tokens):
            if n in meant:  # "stuck to": "follow", at the place of the word that starts it
                phrases.append((len(stems), frozenset(stem(w) for w in meant[n])))
            if tok in SUBJECTS and previous not in REPORTING:
                breaks.append(len(stems))
            elif (tok in NEGATORS or (tok in LESSENING and not part.denied)
                  or tok == KEPT_OUT
                  or (tok in OPPOSING and BEING & {previous, before})):
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
            previous, before = tok, previous
    conceded = bool(parts) and all(p.conceded for p in parts)
    return Unit(text, tuple(stems), tuple(words), tuple(negators), tuple(antonyms), tuple(sorted(set(breaks))),
                span, conceded, tuple(phrases), any(p.linked for p in parts[1:]))


def split_units(text: str, analyzer: Analyzer | None = None) -> list[Unit]:
    """Clauses, and each pair of neighbouring clauses (a point may run across a comma)."""
    parts = clauses(text)
    units = [make_unit(p.text, analyzer, parts=(p,), span=(n, n)) for n, p in enumerate(parts)]
    pairs = [make_unit(f"{a.text} {b.text}", analyzer, parts=(replace_contrast(a), b), span=(n, n + 1))
             for n, (a, b) in enumerate(zip(parts, parts[1:]))]
    return [u for u in units + pairs if any(u.stems)]


def replace_contrast(clause: Clause) -> Clause:
    """The first clause of a pair starts the pair: no contrast before it inside the pair."""
    return Clause(clause.text, clause.denied, clause.conceded, False)
