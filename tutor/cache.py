"""A fitted tutor, saved once and loaded fast on later starts.

Importing scikit-learn alone takes most of a second, several times what an
answer needs. So the first start fits the index with it and saves everything
the engine needs (the notes, the TF-IDF vocabularies, idf and postings, the
intent models, the stems of the everyday-word list) under the XDG cache folder,
keyed by a hash of every knowledge and intent file and of the tutor's version.
Later starts load that with json and numpy alone. A changed file changes the
key, so the cache is rebuilt. The cache is plain JSON and a numpy archive read
with allow_pickle=False: a corrupt or foreign file is ignored and rebuilt,
never trusted, and no code is ever loaded from it.
"""

from __future__ import annotations

import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path

import numpy as np

from tutor import __version__, paths
from tutor.analysis import Analyzer
from collections.abc import Mapping, Sequence

from tutor.corpus import Corpus
from tutor.headings import Branch
from tutor.index import IndexedDoc, RetrievalIndex
from tutor.intents import IntentClassifier
from tutor.matching import StemMatcher, TermWeights
from tutor.model import (Fragment, GlossaryEntry, Heading, Intent, KnowledgeBase, Misconception, Topic, WhyPoint,
                         WhyQuestion)
from tutor.vectors import TfidfModel

FORMAT = 3


def fingerprint(knowledge_dir: Path, intents_dir: Path) -> str:
    """A hash of everything the index is built from: the notes and intents (not the
    evaluation sets), and the tutor's own code and data, so an upgrade rebuilds too."""
    digest = hashlib.sha256(f"tutor {__version__} cache {FORMAT}".encode())
    for root in (Path(knowledge_dir), Path(intents_dir), Path(__file__).parent):
        for path in sorted(p for p in root.rglob("*") if p.is_file()):
            if "__pycache__" in path.parts or (path.name.startswith("eval") and path.suffix == ".yaml"):
                continue
            digest.update(str(path.relative_to(root)).encode())
            digest.update(path.read_bytes())
    return digest.hexdigest()[:24]


# ------------------------------------------------------------------ notes
def _topic_to_data(topic: Topic) -> dict:
    """A topic with its fragments as compact rows; each distinct trail is stored once."""
    trails = sorted({f.trail for f in topic.fragments})
    number = {trail: i for i, trail in enumerate(trails)}
    return {"id": topic.id, "title": topic.title, "source": topic.source,
            "headings": [asdict(h) for h in topic.headings], "trails": [list(t) for t in trails],
            "fragments": [[f.id, f.text, number[f.trail], list(f.lines), list(f.because), f.line]
                          for f in topic.fragments]}


def _topic_from_data(t: dict) -> Topic:
    trails = [tuple(x) for x in t["trails"]]
    return Topic(t["id"], t["title"], t["source"], tuple(Heading(**h) for h in t["headings"]),
                 tuple(Fragment(f[0], t["id"], f[1], trails[f[2]], tuple(f[3]), t["source"], tuple(f[4]), f[5])
                       for f in t["fragments"]))


def _kb_to_data(kb: KnowledgeBase) -> dict:
    return {
        "root": str(kb.root),
        "topics": [_topic_to_data(t) for t in kb.topics],
        "glossary": [asdict(g) for g in kb.glossary],
        "fragment_followups": kb.fragment_followups,
        "topic_followups": kb.topic_followups,
        "sources": kb.sources,
        "why": [asdict(q) for q in kb.why_questions],
    }


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _kb_from_data(data: dict) -> KnowledgeBase:
    topics = tuple(_topic_from_data(t) for t in data["topics"])
    glossary = tuple(GlossaryEntry(**{k: _tuples(v) for k, v in g.items()}) for g in data["glossary"])
    why = tuple(WhyQuestion(q["id"], q["topic"], q["question"],
                            tuple(WhyPoint(**{k: _tuples(v) for k, v in p.items()}) for p in q["points"]),
                            tuple(Misconception(m["text"], _tuples(m["terms"]), m["correction"])
                                  for m in q["misconceptions"])) for q in data["why"])
    return KnowledgeBase(Path(data["root"]), topics, glossary,
                         {k: tuple(v) for k, v in data["fragment_followups"].items()},
                         {k: tuple(v) for k, v in data["topic_followups"].items()},
                         {k: tuple(v) for k, v in data["sources"].items()}, why)


# ------------------------------------------------------------------ index
def _pack_sets(sets: list[frozenset[str]], terms: dict[str, int], name: str) -> dict[str, np.ndarray]:
    """Many small sets of strings as two int arrays (ids and offsets): fast to load."""
    lengths = np.fromiter((len(x) for x in sets), dtype=np.int64, count=len(sets))
    ids = np.fromiter((terms[t] for x in sets for t in sorted(x)), dtype=np.int32, count=int(lengths.sum()))
    return {f"{name}.ids": ids, f"{name}.offsets": np.concatenate(([0], np.cumsum(lengths)))}


def _docs_to_data(docs: list[IndexedDoc]) -> tuple[dict, dict[str, np.ndarray]]:
    terms = sorted(set().union(*(d.stems for d in docs), *(d.words for d in docs))) if docs else []
    index = {t: i for i, t in enumerate(terms)}
    rows = [[d.id, d.topic, sorted(d.persons), sorted(d.numbers)] for d in docs]
    arrays = {**_pack_sets([d.stems for d in docs], index, "doc_stems"),
              **_pack_sets([d.words for d in docs], index, "doc_words")}
    return {"terms": terms, "rows": rows}, arrays


class DocTable(Sequence):
    """The documents as loaded: each is built the first time it is asked for. A
    question touches a few hundred of them, so a start need not build them all."""

    def __init__(self, meta: dict, arrays):
        self._rows, self._terms = meta["rows"], meta["terms"]
        n = len(self._rows)
        self._sets = {}
        for name in ("doc_stems", "doc_words"):
            ids, offsets = arrays[f"{name}.ids"], arrays[f"{name}.offsets"]
            if len(offsets) != n + 1 or (len(ids) and int(ids.max()) >= len(self._terms)):
                raise ValueError(f"{name}: arrays do not fit the documents")
            self._sets[name] = (ids, offsets)
        self._built: dict[int, IndexedDoc] = {}
        self.topics = np.array([r[1] for r in self._rows], dtype=object)
        self.positions = {r[0]: i for i, r in enumerate(self._rows)}

    def __len__(self) -> int:
        return len(self._rows)

    def _set(self, name: str, i: int) -> frozenset[str]:
        ids, offsets = self._sets[name]
        return frozenset(self._terms[j] for j in ids[offsets[i]: offsets[i + 1]].tolist())

    def __getitem__(self, i):
        if isinstance(i, slice):
            return [self[j] for j in range(*i.indices(len(self)))]
        i = int(i)
        doc = self._built.get(i)
        if doc is None:
            r = self._rows[i]
            doc = IndexedDoc(r[0], r[1], self._set("doc_stems", i), frozenset(r[2]), frozenset(r[3]),
                             self._set("doc_words", i))
            self._built[i] = doc
        return doc


class DocsById(Mapping):
    """Documents by fragment id, built on demand like the table they come from."""

    def __init__(self, table: DocTable):
        self._table = table

    def __getitem__(self, doc_id: str) -> IndexedDoc:
        return self._table[self._table.positions[doc_id]]

    def __iter__(self):
        return iter(self._table.positions)

    def __len__(self) -> int:
        return len(self._table)


def to_data(tutor) -> tuple[dict, dict[str, np.ndarray]]:
    corpus = tutor.corpus
    docs_meta, arrays = _docs_to_data(corpus.index.docs)
    models = {}
    for name, model in (("word", corpus.index.word), ("char", corpus.index.char),
                        ("intent_word", tutor.intents.models[0]), ("intent_char", tutor.intents.models[1])):
        models[name], more = model.to_data(name)
        arrays.update(more)
    meta = {
        "format": FORMAT,
        "kb": _kb_to_data(tutor.kb),
        "intents": [asdict(i) for i in tutor.intents.intents.values()],
        "docs": docs_meta,
        "models": models,
        "subject_person": corpus.subject_person,
        "subject_words": sorted(corpus.subject_words),
        "vocabulary": sorted(corpus.analyzer.vocabulary),
        "known_stems": sorted(corpus.analyzer.known_stems),
        "ordinary_stems": sorted(corpus.weights.ordinary),
        "name_stems": sorted(corpus.weights.names),
        "branches": [[b.topic, b.heading, b.depth, sorted(b.own_stems), sorted(b.path_stems), list(b.fragment_ids)]
                     for b in tutor.branches.branches],
    }
    return meta, arrays


def from_data(meta: dict, arrays, progress=None):
    from tutor.engine import Tutor

    if meta.get("format") != FORMAT:
        raise ValueError("cache format differs")
    kb = _kb_from_data(meta["kb"])
    intents = tuple(Intent(i["name"], tuple(i["examples"]), i["reply"]) for i in meta["intents"])
    models = {name: TfidfModel.from_data(name, m, arrays) for name, m in meta["models"].items()}
    docs = DocTable(meta["docs"], arrays)
    if len(docs) != models["word"].n_docs or len(docs) != models["char"].n_docs:
        raise ValueError("cache documents and models disagree")
    analyzer = Analyzer(kb.glossary, set(meta["vocabulary"]), known_stems=frozenset(meta["known_stems"]))
    index = RetrievalIndex(docs, models["word"], models["char"])
    matcher = StemMatcher(meta["docs"]["terms"])  # every stem of the notes (and their words: harmless)
    weights = TermWeights(index, frozenset(meta["ordinary_stems"]), frozenset(meta["name_stems"]), matcher)
    corpus = Corpus(analyzer, index, DocsById(docs), meta["subject_person"],
                    frozenset(meta["subject_words"]), weights)
    classifier = IntentClassifier(intents, corpus.subject_words, (models["intent_word"], models["intent_char"]))
    branches = tuple(Branch(b[0], b[1], b[2], frozenset(b[3]), frozenset(b[4]), tuple(b[5])) for b in meta["branches"])
    return Tutor(kb, intents, progress, corpus, classifier, branches)


# ------------------------------------------------------------------ files
def _write(folder: Path, key: str, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # The arrays first: the JSON, written last, is what makes the pair count as there.
    for name in (f"{key}.npz", f"{key}.json"):
        handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                if name.endswith(".npz"):
                    np.savez(out, **arrays)
                else:
                    out.write(json.dumps(meta, ensure_ascii=False).encode("utf-8"))
            os.replace(tmp, folder / name)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


KEEP = 4  # indexes kept: the notes being edited, and a few other sets of notes


def _prune(folder: Path, keep: str) -> None:
    """Old indexes (of notes since edited) go, newest kept, so the cache does not grow forever."""
    indexes = sorted(folder.glob("*.json"), key=lambda p: p.stat().st_mtime, reverse=True)
    for stale in [p for p in indexes if p.stem != keep][KEEP - 1:]:
        for path in (stale, stale.with_suffix(".npz")):
            try:
                path.unlink()
            except OSError:
                pass


def _read(folder: Path, key: str):
    meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    with np.load(folder / f"{key}.npz", allow_pickle=False) as data:
        arrays = {name: data[name] for name in data.files}
    return meta, arrays


def load_tutor(knowledge_dir: Path, intents_dir: Path, progress=None, folder: Path | None = None,
               warnings: list[str] | None = None):
    """The tutor for these folders: from the cache when it is there and sound, else built and cached."""
    from tutor.engine import Tutor
    from tutor.loading import load_intents, load_knowledge

    folder = Path(folder) if folder is not None else paths.cache_dir()
    key = fingerprint(knowledge_dir, intents_dir)
    try:
        meta, arrays = _read(folder, key)
        return from_data(meta, arrays, progress)
    except (FileNotFoundError, NotADirectoryError):
        pass  # not built yet, or no folder to keep it in
    except Exception as exc:  # corrupt, truncated or foreign: never trusted, rebuilt below
        if warnings is not None:
            warnings.append(f"cache ignored and rebuilt ({type(exc).__name__})")
    tutor = Tutor(load_knowledge(knowledge_dir), load_intents(intents_dir), progress)
    try:
        _write(folder, key, *to_data(tutor))
        _prune(folder, keep=key)
    except OSError as exc:
        if warnings is not None:
            warnings.append(f"cache not saved ({exc.strerror or exc})")
    return tutor
