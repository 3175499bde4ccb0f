"""Pure text functions shared by indexing and querying.

Notes and questions go through the same pipeline, so whatever a student types
("Stalin’s", "art. III", "collectivization", "third") lands on the same tokens
as the notes' own words. Nothing here knows about the knowledge base.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

import Stemmer

from tutor.text.lexicon import (
    CARDINALS,
    FRAMING_WORDS,
    GENERIC_QUESTION_VERBS,
    ORDINALS,
    ROMAN_AFTER_ARTICLE,
    STOPWORDS,
    text_speak,
)
from tutor.text.shorthand import expand_symbols
from tutor.text.wordnet import irregular_forms

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_TOKEN = re.compile(r"[a-z0-9]+")
_AMERICAN_Z = re.compile(r"(?<=[a-z])iz(e|es|ed|ing|ation|ations)\b")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s?\b")
_IGNORED = FRAMING_WORDS | GENERIC_QUESTION_VERBS
_THE_STATES = re.compile(r"\bU\.?S\.?(?=[\s,;:)]|$)(?!\.?A\b)")
_THE_US = re.compile(r"\bthe us\b")
_LETTER_CHAIN = re.compile(r"(?<![\w.-])(?:[a-z][.-]){2,}[a-z](?![\w-])")  # three letters or more, one apart


def fold_unicode(text: str) -> str:
    """Curly quotes to straight, accents dropped, case folded."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def fold(text: str) -> str:
    """fold_unicode, with a shortcut for ASCII (most notes and questions): it has no
    accents to drop, so the slow per-character pass is skipped."""
    return text.translate(_QUOTES).lower() if text.isascii() else fold_unicode(text)


@lru_cache(maxsize=1)
def _text_speak() -> dict[str, str]:
    return text_speak()


def normalise(text: str) -> str:
    """Fold case, accents, curly quotes, shorthand symbols and US spellings to one canonical form."""
    if "US" in text or "U.S" in text:
        text = _THE_STATES.sub("USA", text)  # "US loans": the country, not "us"
    text = _POSSESSIVE.sub("", fold(expand_symbols(text) if "/" in text or "&" in text or "." in text else text))
    if "the us" in text:
        text = _THE_US.sub("the usa", text)  # "did the us lend", typed in lower case
    if "-" in text or "." in text:  # "C-R-A-P", "C.R.A.P.": the letters of one word, as "CRAP" is
        text = _LETTER_CHAIN.sub(lambda m: m.group(0).replace("-", "").replace(".", ""), text)
    return _AMERICAN_Z.sub(lambda m: "is" + m.group(1), text)


@lru_cache(maxsize=1)
def _number_slips() -> dict[str, str]:
    """Number words of four letters or more with two neighbouring letters swapped
    ("thrid", "frist", "secnod"), each with its digits; none is an English word but
    "there", which is no slip of "three"."""
    words = {**CARDINALS, **ORDINALS}
    slips: dict[str, str] = {}
    for word, digits in words.items():
        if len(word) >= 4 and word.isalpha():
            for i in range(len(word) - 1):
                slip = word[:i] + word[i + 1] + word[i] + word[i + 2:]
                if slip not in words and slip not in STOPWORDS:  # "there" is no slip of "three"
                    slips.setdefault(slip, digits)
    return slips


_HYPHENATED = re.compile(r"\b([a-z]{2,})-([a-z]{2,})\b")


def hyphen_joins(text: str) -> dict[str, str]:
    """Each word the text writes with a hyphen ("Bi-variate", "co-operation"), typed
    closed ("bivariate"), with its parts as the text's words ("bi variate"): a student
    who writes the word as one still meets the notes' two."""
    return {a + b: f"{a} {b}" for a, b in _HYPHENATED.findall(fold(text))}


def raw_tokens(text: str) -> list[str]:
    """Split normalised text into word tokens, numbers written as digits."""
    words = _TOKEN.findall(normalise(text))
    out: list[str] = []
    speak = _text_speak()
    words = [w for word in words for w in speak.get(word, word).split()]
    slips = _number_slips()
    for i, word in enumerate(words):
        if word in ORDINALS:
            word = ORDINALS[word]
        elif word in CARDINALS:
            word = CARDINALS[word]
        elif word in slips:  # "newtons thrid law": two letters of "third" typed the wrong way round
            word = slips[word]
        elif word in ROMAN_AFTER_ARTICLE and i > 0 and words[i - 1] in ("article", "art"):
            word = ROMAN_AFTER_ARTICLE[word]
        out.append(word)
    return out


@lru_cache(maxsize=1)
def _snowball():
    return Stemmer.Stemmer("english")  # PyStemmer: the Snowball stemmers, compiled


@lru_cache(maxsize=1)
def _irregular() -> dict[str, str]:
    return irregular_forms()


@lru_cache(maxsize=262144)
def stem(token: str) -> str:
    """The word's stem, so 'isolated'/'isolation', 'purged'/'purge' and 'took'/'take'
    meet: irregular forms are first read as their lemma (from WordNet), then the
    Snowball English stemmer takes the suffix off. Short words and numbers stay."""
    if len(token) <= 3 or token.isdigit():
        return token
    return _snowball().stemWord(_irregular().get(token, token))


def is_content(token: str) -> bool:
    """A token that carries the subject of a sentence (not grammar, not framing)."""
    return token not in STOPWORDS and token not in _IGNORED


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the content tokens, in order: the unit retrieval works on."""
    return [stem(t) for t in tokens if is_content(t)]
