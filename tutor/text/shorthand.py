"""Shorthand read as the English it stands for: "w/" (with), "b/c" (because), "&"
(and), and the digits that stand for words, "2" for to and "4" for for, which
are words only where a number cannot be ("strong enuf 2 take over", "the
reason 4 the treaty"; not "article 2", "4 parties" or "2 main reasons")."""

from __future__ import annotations

import re

_SYMBOLS = ((re.compile(r"\bw/o\b", re.I), " without "), (re.compile(r"\bw/(?=\s|\w)", re.I), " with "),
            (re.compile(r"\bb/c\b", re.I), " because "), (re.compile(r"\s&\s"), " and "),
            (re.compile(r"\be\.\s?g\.?(?!\w)", re.I), " for example "),
            (re.compile(r"\bi\.\s?e\.?(?!\w)", re.I), " that is "))
DIGIT_WORDS = {"2": "to", "4": "for"}
NUMBER_TAKERS = frozenset("""article art number no page chapter step point part level stage phase grade year
years unit lesson question paper section figure fig table version the""".split())
UNITS = frozenset("""years year months month weeks week days day hours hour minutes minute seconds second
percent per cent million billion thousand hundred""".split())


def expand_symbols(text: str) -> str:
    for pattern, words in _SYMBOLS:
        text = pattern.sub(words, text)
    return text


def _counted(word: str) -> bool:
    """A word a number would count ("parties", "years")."""
    return word in UNITS or (word.endswith("s") and not word.endswith("ss") and len(word) > 3)


_ASKING_WHAT = frozenset({"what", "whats", "wat", "wats", "who", "whos"})


def digits_as_words(tokens: list[str]) -> list[str]:
    """'2' and '4' read as 'to' and 'for' where they sit between words as those do;
    a '4' that ends a what-question after a word that takes no number ("wats the
    mitochondria 4") is its "for"."""
    out = list(tokens)
    for i, tok in enumerate(tokens):
        if (tok == "4" and i == len(tokens) - 1 and i >= 2 and tokens[0] in _ASKING_WHAT
                and tokens[i - 1].isalpha() and tokens[i - 1] not in NUMBER_TAKERS):
            out[i] = DIGIT_WORDS[tok]
            continue
        if tok not in DIGIT_WORDS or i == 0 or i + 1 >= len(tokens):
            continue
        before, after = tokens[i - 1], tokens[i + 1: i + 3]
        if before in NUMBER_TAKERS or before.isdigit() or not after[0].isalpha():
            continue
        if any(_counted(w) for w in after):
            continue
        out[i] = DIGIT_WORDS[tok]
    return out


_BEFORE_BE = frozenset("""to will would could can should must might may not cant wont couldnt wouldnt shouldnt
gonna wanna""".split())


_BEFORE_WERE = frozenset("who what how why when which they we you there these those".split())


def letters_as_words(tokens: list[str]) -> list[str]:
    """'b' read as 'be' where a verb must follow ("allowed to b", "it would b"): a
    lone letter elsewhere ("vitamin b", "part b") stays a letter. 'wer' is 'were'
    after a question word or a plural ("who wer the freikorps"), else 'where'."""
    out = []
    for i, tok in enumerate(tokens):
        before = tokens[i - 1] if i else ""
        if tok == "b" and before in _BEFORE_BE:
            tok = "be"
        elif tok == "wer":
            tok = "were" if before in _BEFORE_WERE else "where"
        out.append(tok)
    return out
