"""Regenerate tutor/data/ordinary_words.txt (a development tool, not used at run time).

The tutor must tell an everyday word the notes happen not to use ("put",
"run", "support") from a name or term they never mention ("Kirov",
"Versailles"): the first barely counts against a question, the second makes
it out of scope. An ordinary word here is one of the 40,000 most frequent
English words (wordfreq) that Webster's Second (public domain, via the
english-words package) lists in lower case, i.e. not as a proper noun.

    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordfreq english-words
    /tmp/wl/bin/python tools/make_ordinary_words.py > tutor/data/ordinary_words.txt
"""

import re

from english_words import get_english_words_set
from wordfreq import top_n_list

HEADER = """# Ordinary English words: the 40,000 most frequent English words of wordfreq
# (data CC BY-SA 4.0, https://github.com/rspeer/wordfreq) that Webster's Second
# (public domain) lists in lower case. Made by tools/make_ordinary_words.py."""


def base_forms(word: str) -> list[str]:
    forms = [word]
    for suffix, repl in (("ies", "y"), ("es", ""), ("s", ""), ("ed", ""), ("ed", "e"), ("ing", ""), ("ing", "e"),
                         ("ly", ""), ("er", ""), ("est", "")):
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            forms.append(word[: -len(suffix)] + repl)
    return forms


def main() -> None:
    lower = {w for w in get_english_words_set(["web2"], lower=False, alpha=True) if w.islower()}
    words = [w for w in top_n_list("en", 40000) if re.fullmatch(r"[a-z]+", w) and len(w) > 2
             and any(f in lower for f in base_forms(w))]
    print(HEADER)
    print("\n".join(sorted(set(words))))


if __name__ == "__main__":
    main()
