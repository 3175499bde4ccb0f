"""Regenerate tutor/data/ordinary_words.tsv (a development tool, not used at run time).

The tutor must tell an everyday word the notes happen not to use ("put",
"run", "support") from a name or term they never mention ("Kirov",
"Versailles"): the first barely counts against a question, the second makes
it out of scope. An ordinary word here is one of the 40,000 most frequent
English words (wordfreq) that Webster's Second (public domain, via the
english-words package) lists in lower case, i.e. not as a proper noun. Beside
each word, its Zipf frequency (log10 of uses per billion words): a missing
"good" (6.1) says less against a question than a missing "juggle" (3.0).

    python -m venv /tmp/wl && /tmp/wl/bin/pip install wordfreq english-words
    /tmp/wl/bin/python tools/make_ordinary_words.py > tutor/data/ordinary_words.tsv
"""

import re

from english_words import get_english_words_set
from wordfreq import top_n_list, zipf_frequency

HEADER = """# Ordinary English words: the 40,000 most frequent English words of wordfreq
# (data CC BY-SA 4.0, https://github.com/rspeer/wordfreq) that Webster's Second
# (public domain) lists in lower case, each with its Zipf frequency.
# Made by tools/make_ordinary_words.py."""


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
    print("\n".join(f"{w}\t{zipf_frequency(w, 'en'):.2f}" for w in sorted(set(words))))


if __name__ == "__main__":
    main()
