"""Correct misspelt words against the notes' own vocabulary.

Students type "stresseman", "chna", "rapalo". Correction only ever moves a word
onto a word the notes (or glossary names, or the lexicon) already use, so it
cannot invent subject matter; an unknown word that is not close to any of
them is left alone and later counts as something the notes do not cover.
"""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Iterable, Sequence

from rapidfuzz import process
from rapidfuzz.distance import OSA, Levenshtein

from tutor.text.normalise import stem


def max_edits(word: str) -> int:
    """How many typos a word of this length may carry and still be recognised."""
    n = len(word)
    if n < 4:
        return 0
    if n <= 8:
        return 1
    if n <= 11:
        return 2
    return 3


class SpellingCorrector:
    """Maps an unknown token to the closest known token with the same first letter."""

    def __init__(self, vocabulary: Iterable[str]):
        self._known = frozenset(vocabulary)
        by_initial: dict[str, list[str]] = {}
        for word in sorted(self._known):
            if len(word) >= 3 and not word.isdigit():
                by_initial.setdefault(word[0], []).append(word)
        self._by_initial = by_initial
        self._by_sound: dict[str, list[str]] | None = None

    def __contains__(self, word: str) -> bool:
        return word in self._known

    def correct(self, word: str) -> str:
        """The known word this one most likely meant, or the word itself."""
        if word in self._known or word.isdigit():
            return word
        limit = max_edits(word)
        candidates = self._by_initial.get(word[:1], ())
        if not candidates:
            return self._sounds_like(word) or word  # "kemical": no known word starts with its letter
        best = process.extractOne(word, candidates, scorer=OSA.distance, score_cutoff=limit) if limit else None
        if best is None:
            return self._sounds_like(word) or self._clipped(word, candidates)
        # Several equally close words: the correction is a guess, so keep the original.
        ties = process.extract(word, candidates, scorer=OSA.distance, score_cutoff=best[1], limit=3)
        if len(ties) > 1 and len({stem(c) for c, *_ in ties}) > 1:
            doubled = [c for c, *_ in ties if _undoubled(c) == _undoubled(word)]
            if len(doubled) == 1:
                return doubled[0]  # "trimed": a doubled letter typed once is the commonest slip
            swapped = [c for c, *_ in ties if _swapped(c, word)]
            if len(swapped) == 1:
                return swapped[0]  # "wiat": two letters typed the wrong way round, not "what"
            if not _prefers(word, best[0], ties):
                return word  # several different words are equally close: a guess, so leave it
        return best[0]

    def _sounds_like(self, word: str) -> str:
        """The one known word (in its forms) spelt as this one sounds, past what the edit
        limit allows: "metafase" for "metaphase", "cel" for "cell" (a doubled letter
        typed once, in a word too short for any edit). "" when none or several."""
        if len(word) < 3 or not word.isalpha():
            return ""
        if self._by_sound is None:  # built the first time it is needed, not at start-up
            by_sound: dict[str, list[str]] = {}
            for known in self._known:
                if len(known) >= 3 and known.isalpha():
                    by_sound.setdefault(sound_key(known), []).append(known)
                    if stem(known) != known and len(stem(known)) >= 3:  # "cel": "cells" said without its ending
                        by_sound.setdefault(sound_key(stem(known)), []).append(known)
            self._by_sound = by_sound
        found = self._by_sound.get(sound_key(word), [])
        return min(found, key=len) if found and len({stem(w) for w in found}) == 1 else ""

    @staticmethod
    def _clipped(word: str, candidates: Sequence[str]) -> str:
        """The one known word this is the start of ("exo", "endo" for "exothermic",
        "endothermic"): a clipped word, three letters at least, that starts one word
        (in its forms) and no other; else the word itself. `candidates` are sorted, so
        the words it starts are found by bisection."""
        if not 3 <= len(word) <= 6 or not word.isalpha():
            return word
        start = bisect_left(candidates, word)
        end = bisect_left(candidates, word + "\uffff", start)
        longer = sorted((c for c in candidates[start:end] if len(c) >= len(word) + 3), key=len)
        if not longer or len({stem(c) for c in longer}) > 1 and not all(c.startswith(longer[0]) for c in longer):
            return word
        return longer[0]


SOUNDS_ALIKE = (("ph", "f"), ("ck", "k"), ("ch", "k"), ("tion", "shun"), ("sion", "shun"))  # spellings of a sound
# that students swap ("metafase", "fricshun", "kemical")


def sound_key(word: str) -> str:
    """The word as it sounds, near enough to tell slips apart: one spelling for each sound
    SOUNDS_ALIKE pairs, and every doubled letter typed once."""
    for written, said in SOUNDS_ALIKE:
        word = word.replace(written, said)
    return _undoubled(word)


def _swapped(a: str, b: str) -> bool:
    """The same letters with two neighbours the other way round ("wait", "wiat"): one
    edit when a swap counts as one (OSA), two when it does not (Levenshtein)."""
    return OSA.distance(a, b) == 1 and Levenshtein.distance(a, b) == 2


def _undoubled(word: str) -> str:
    """The word with each doubled letter typed once ("trimmed" -> "trimed")."""
    return "".join(ch for i, ch in enumerate(word) if i == 0 or ch != word[i - 1])


def _prefers(word: str, chosen: str, ties) -> bool:
    """Break a tie only when one candidate shares a clearly longer prefix."""
    def shared(a: str, b: str) -> int:
        n = 0
        while n < min(len(a), len(b)) and a[n] == b[n]:
            n += 1
        return n

    scores = sorted((shared(word, cand) for cand, *_ in ties), reverse=True)
    return shared(word, chosen) == scores[0] and scores[0] > scores[1]


LONG_WORD = 7


def misspelt_words(note_words: Iterable[str], english: dict[str, float], known: Callable[[str], bool],
                   floor: float) -> dict[str, str]:
    """The words of a student's notes that misspell an English word ("exti" for "exit",
    "successfull"), each with the word it most likely means: the commonest English
    word at least `floor` common, one edit away (a swap counts as one) with the same
    first letter. Only a word English does not know (`known`: WordNet, or the
    `english` table) can be a misspelling, and the caller leaves out the notes'
    names. An edit at the last letter is an ending, not a slip ("german" is no
    misspelt "germany", nor "does" of the "doesn" of "doesn't"). A word shorter
    than LONG_WORD is misspelt only by a swap: a short name one letter from a word
    ("Stalin", "stain"; "Hitler", "hitter") is far commoner than a slip in it, and
    the slips of students' notes are in long words ("responsabilities",
    "recieved"). The notes' words stay as written: this only lets a question's
    "exit" meet them."""
    by_initial: dict[str, list[str]] = {}
    for word, zipf in english.items():
        if zipf >= floor and len(word) >= 4:
            by_initial.setdefault(word[0], []).append(word)
    out = {}
    for word in sorted(set(note_words)):
        if len(word) < 4 or not word.isalpha() or word in english or known(word):
            continue
        close = [c for c, *_ in process.extract(word, by_initial.get(word[0], ()), scorer=OSA.distance,
                                                  score_cutoff=1, limit=None)
                 if not _ending(word, c) and (len(word) >= LONG_WORD or _swapped(word, c))]
        if close:
            out[word] = max(close, key=lambda c: (english[c], c))
    return out


def _ending(a: str, b: str) -> bool:
    """The two differ only in their last letter, or one adds a letter at the end."""
    return a[:-1] == b[:-1] or a[:-1] == b or b[:-1] == a
