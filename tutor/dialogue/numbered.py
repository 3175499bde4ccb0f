"""'What did article 5 say?' of notes that number their articles 1 to 4: the notes
have no article 5, and a note that says '5 years' is no answer to it.

A numbered item is a word that numbers things ("article", "step", "stage") with
its number after it. When the notes number such items but never this one, the
question is declined with the numbers they do have.
"""

from __future__ import annotations

import re

from tutor.dialogue.resources import Resources
from tutor.text.normalise import stem

ITEM_WORDS = frozenset("""article clause section chapter step stage phase part point principle rule law level
unit lesson amendment paragraph""".split())


def numbered_item(words: tuple[str, ...]) -> tuple[str, str] | None:
    """The (item word, number) a question names: ('article', '5') in 'what did article 5
    say'; None without one."""
    for word, after in zip(words, words[1:]):
        item = word[:-1] if word.endswith("s") and word[:-1] in ITEM_WORDS else word
        if item in ITEM_WORDS and after.isdigit():
            return item, after
    return None


def _numbering(item: str) -> re.Pattern[str]:
    return re.compile(rf"\b{re.escape(item)}s?\.?\s*[-#:]?\s*(\d+)\b", re.I)


def numbers_in(text: str, item: str) -> set[str]:
    """The numbers a text gives items of this name: {"4"} of "Article 4 - treaty remains..."."""
    return {m.group(1) for m in _numbering(item).finditer(text)}


def numbers_held(res: Resources, item: str) -> tuple[str, ...]:
    """The numbers the notes give items of this name ("Article 1 - ..."), in order."""
    pattern = _numbering(item)
    index = res.corpus.index
    found: list[str] = []
    for position in index.docs_with(stem(item)).tolist():
        frag = res.fragment(index.docs[int(position)].id)
        for text in (frag.text, *frag.trail):
            found.extend(m.group(1) for m in pattern.finditer(text))
    return tuple(sorted(set(found), key=int))


def absent_item(res: Resources, words: tuple[str, ...]) -> tuple[str, str, tuple[str, ...]] | None:
    """(item word, number asked, numbers the notes have) when the notes number such
    items but not this one; else None."""
    asked = numbered_item(words)
    if asked is None:
        return None
    held = numbers_held(res, asked[0])
    if not held or asked[1] in held:
        return None
    return asked[0], asked[1], held
