"""Pure text functions shared by indexing and querying.

Notes and questions go through the same pipeline, so whatever a student types
("Stalin’s", "art. III", "collectivization", "third") lands on the same tokens
as the notes' own words. Nothing here knows about the knowledge base.
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

from tutor.text.lexicon import (
    CARDINALS,
    CHAT,
    FRAMING_WORDS,
    GENERIC_QUESTION_VERBS,
    IDIOMS,
    IRREGULAR,
    ORDINALS,
    ROMAN_AFTER_ARTICLE,
    STOPWORDS,
    SYNONYMS,
)

_QUOTES = str.maketrans({"’": "'", "‘": "'", "`": "'", "´": "'", "“": '"', "”": '"', "–": "-", "—": "-"})
_TOKEN = re.compile(r"[a-z0-9]+")
_AMERICAN_Z = re.compile(r"(?<=[a-z])iz(e|es|ed|ing|ation|ations)\b")
_POSSESSIVE = re.compile(r"(?<=[a-z])'s?\b")
_IGNORED = FRAMING_WORDS | GENERIC_QUESTION_VERBS


def fold_unicode(text: str) -> str:
    """Curly quotes to straight, accents dropped, case folded."""
    text = unicodedata.normalize("NFKD", text.translate(_QUOTES))
    return "".join(ch for ch in text if not unicodedata.combining(ch)).casefold()


def fold(text: str) -> str:
    """fold_unicode, with a shortcut for ASCII (most notes and questions): it has no
    accents to drop, so the slow per-character pass is skipped."""
    return text.translate(_QUOTES).lower() if text.isascii() else fold_unicode(text)


def normalise(text: str) -> str:
    """Fold case, accents, curly quotes and US spellings to one canonical form."""
    text = _POSSESSIVE.sub("", fold(text))
    return _AMERICAN_Z.sub(lambda m: "is" + m.group(1), text)


def raw_tokens(text: str) -> list[str]:
    """Split normalised text into word tokens, numbers written as digits."""
    words = _TOKEN.findall(normalise(text))
    out: list[str] = []
    words = [w for word in words for w in CHAT.get(word, word).split()]
    for i, word in enumerate(words):
        if word in ORDINALS:
            word = ORDINALS[word]
        elif word in CARDINALS:
            word = CARDINALS[word]
        elif word in ROMAN_AFTER_ARTICLE and i > 0 and words[i - 1] in ("article", "art"):
            word = ROMAN_AFTER_ARTICLE[word]
        out.append(word)
    return out


def _idioms_by_first_word() -> dict[str, list[tuple[tuple[str, ...], list[str]]]]:
    """Idioms filed under their first word, longest first, so a line is scanned once."""
    table: dict[str, list[tuple[tuple[str, ...], list[str]]]] = {}
    for phrase, replacement in sorted(IDIOMS.items(), key=lambda kv: -len(kv[0].split())):
        table.setdefault(phrase.split()[0], []).append((tuple(phrase.split()), replacement.split()))
    return table


_IDIOMS = _idioms_by_first_word()


def apply_synonyms(tokens: list[str]) -> list[str]:
    """Rewrite everyday idioms and words to the words the notes use (may yield several tokens)."""
    joined: list[str] = []
    i = 0
    while i < len(tokens):
        for phrase, replacement in _IDIOMS.get(tokens[i], ()):
            if tuple(tokens[i: i + len(phrase)]) == phrase:
                joined.extend(replacement)
                i += len(phrase)
                break
        else:
            joined.append(tokens[i])
            i += 1
    out: list[str] = []
    for tok in joined:
        tok = IRREGULAR.get(tok, tok)
        out.extend(SYNONYMS.get(tok, tok).split())
    return out


_SUFFIXES = (
    ("ational", "ate"), ("isation", "ise"), ("ations", "ate"), ("ation", "ate"),
    ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
    ("ities", ""), ("ity", ""), ("ingly", ""), ("edly", ""), ("fully", ""), ("ful", ""),
    ("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ly", ""),
    ("sses", "ss"), ("es", "e"), ("s", ""),
)


@lru_cache(maxsize=262144)
def stem(token: str) -> str:
    """A light suffix stripper: enough that 'isolated'/'isolation', 'purged'/'purge'
    and 'articles'/'article' meet, without a dependency on a stemming library."""
    if len(token) <= 3 or token.isdigit():
        return token
    for suffix, repl in _SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if suffix == "s" and token.endswith(("ss", "us", "is")):
                return token
            token = token[: -len(suffix)] + repl
            break
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    if len(token) > 4 and token[-1] == token[-2] and token[-1] not in "lsz":
        token = token[:-1]
    return token


def is_content(token: str) -> bool:
    """A token that carries the subject of a sentence (not grammar, not framing)."""
    return token not in STOPWORDS and token not in _IGNORED


def content_stems(tokens: list[str]) -> list[str]:
    """Stems of the content tokens, in order: the unit retrieval works on."""
    return [stem(t) for t in tokens if is_content(t)]
