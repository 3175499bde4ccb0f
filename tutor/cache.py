"""A fitted tutor, saved once and loaded fast on later starts.

Importing scikit-learn alone takes most of a second, several times what an
answer needs. So the first start fits the index with it and saves everything
the engine needs (the notes, the TF-IDF vocabularies, idf and postings, the
intent models, the stems of the everyday-word list) under the XDG cache folder,
keyed by a hash of every knowledge and intent file and of the tutor's version.
Later starts load that with json and numpy alone. A changed file changes the
key, so the cache is rebuilt. The cache is plain JSON and a file of plain
number arrays (tutor.storage.arrayfile): a corrupt or foreign file is ignored and
rebuilt, never trusted, and no code is ever loaded from it.
"""

from __future__ import annotations

import hashlib
import io
import json
import os
import re
import tempfile
from dataclasses import asdict, replace
from pathlib import Path

import numpy as np

from tutor import __version__
from tutor.dialogue.intents import IntentClassifier
from tutor.engine import Tutor
from tutor.notes import columns as fragment_columns
from tutor.notes.loading import load_intents, load_knowledge
from tutor.notes.model import GlossaryEntry, Intent, KnowledgeBase, Misconception, WhyPoint, WhyQuestion
from tutor.search.analysis import Analyzer
from tutor.search.branches import Branch
from tutor.search.corpus import Corpus, notes_synonyms
from tutor.search.doctable import DocsById, DocTable
from tutor.search.index import RetrievalIndex
from tutor.search.matching import StemMatcher, TermWeights
from tutor.search.vectors import TfidfModel
from tutor.settings import Settings
from tutor.storage import arrayfile, paths

FORMAT = 63
ARRAYS = ".arrays"  # beside each <key>.json: the index's arrays (tutor.storage.arrayfile)


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
def _kb_to_data(kb: KnowledgeBase) -> tuple[dict, dict[str, np.ndarray]]:
    fragments, arrays = fragment_columns.to_data(kb.topics)
    meta = {
        "root": str(kb.root),
        "topics": [{"id": t.id, "title": t.title, "source": t.source, "size": len(t.fragments),
                    "headings": [[h.line, h.text] for h in t.headings]} for t in kb.topics],
        "fragments": fragments,
        "glossary": [asdict(g) for g in kb.glossary],
        "fragment_followups": kb.fragment_followups,
        "topic_followups": kb.topic_followups,
        "sources": kb.sources,
        "why": [asdict(q) for q in kb.why_questions],
        "title": kb.title,
        "synonyms": kb.synonyms,
    }
    return meta, arrays


def _tuples(value):
    return tuple(_tuples(v) for v in value) if isinstance(value, list) else value


def _kb_from_data(data: dict, arrays) -> KnowledgeBase:
    glossary = tuple(GlossaryEntry(**{k: _tuples(v) for k, v in g.items()}) for g in data["glossary"])
    why = tuple(WhyQuestion(q["id"], q["topic"], q["question"],
                            tuple(WhyPoint(**{k: _tuples(v) for k, v in p.items()}) for p in q["points"]),
                            tuple(Misconception(m["text"], _tuples(m["terms"]), m["correction"])
                                  for m in q["misconceptions"])) for q in data["why"])
    topics = fragment_columns.topics_from_data(data["topics"], data["fragments"], arrays)
    return KnowledgeBase(Path(data["root"]), topics, glossary,
                         {k: tuple(v) for k, v in data["fragment_followups"].items()},
                         {k: tuple(v) for k, v in data["topic_followups"].items()},
                         {k: tuple(v) for k, v in data["sources"].items()}, why, data["title"], data["synonyms"])


# ------------------------------------------------------------------ index
def to_data(tutor) -> tuple[dict, dict[str, np.ndarray]]:
    corpus = tutor.corpus
    kb_meta, arrays = _kb_to_data(tutor.kb)
    docs_meta, more = corpus.index.docs.to_data()
    arrays.update(more)
    models = {}
    for name, model in (("word", corpus.index.word), ("char", corpus.index.char),
                        ("intent_word", tutor.intents.models[0]), ("intent_char", tutor.intents.models[1])):
        models[name], more = model.to_data(name)
        arrays.update(more)
    meta = {
        "format": FORMAT,
        "kb": kb_meta,
        "intents": [asdict(i) for i in tutor.intents.intents.values()],
        "docs": docs_meta,
        "models": models,
        "subject_person": corpus.subject_person,
        "subject_words": sorted(corpus.subject_words),
        "vocabulary": sorted(corpus.analyzer.vocabulary),
        "phrases": corpus.phrases,
        "known_stems": sorted(corpus.analyzer.known_stems),
        "ordinary_stems": corpus.weights.ordinary,
        "name_stems": sorted(corpus.weights.names),
        "related": corpus.weights.related,
        "pervasive": sorted(corpus.weights.pervasive),
        "branches": [[b.topic, b.heading, b.depth, sorted(b.own_stems), sorted(b.path_stems), list(b.fragment_ids),
                      b.parent]
                     for b in tutor.branches.branches],
    }
    return meta, arrays


def from_data(meta: dict, arrays, progress=None, root: Path | None = None, settings: Settings | None = None):
    """The tutor saved in `meta` and `arrays`; `root` is where its notes are now
    (the same notes in another folder share one cache entry)."""
    if meta.get("format") != FORMAT:
        raise ValueError("cache format differs")
    kb = _kb_from_data(meta["kb"], arrays)
    if root is not None:
        kb = replace(kb, root=Path(root))
    intents = tuple(Intent(i["name"], tuple(i["examples"]), i["reply"]) for i in meta["intents"])
    models = {name: TfidfModel.from_data(name, m, arrays) for name, m in meta["models"].items()}
    table = DocTable.from_data(meta["docs"], arrays, meta["kb"]["fragments"]["ids"],
                               [(t.id, len(t.fragments)) for t in kb.topics])
    analyzer = Analyzer(kb.glossary, set(meta["vocabulary"]), known_stems=frozenset(meta["known_stems"]),
                        synonyms=notes_synonyms(meta["phrases"], kb.synonyms))
    index = RetrievalIndex(table, models["word"], models["char"])
    matcher = StemMatcher(table.terms)  # every stem of the notes (and their words: harmless)
    settings = settings or Settings()
    weights = TermWeights(index, dict(meta["ordinary_stems"]), frozenset(meta["name_stems"]), matcher, settings,
                          meta["related"], frozenset(meta["pervasive"]))
    corpus = Corpus(analyzer, index, DocsById(table), meta["subject_person"],
                    frozenset(meta["subject_words"]), weights, meta["phrases"])
    classifier = IntentClassifier(intents, corpus.subject_words, (models["intent_word"], models["intent_char"]))
    branches = tuple(Branch(b[0], b[1], b[2], frozenset(b[3]), frozenset(b[4]), tuple(b[5]), b[6])
                     for b in meta["branches"])
    return Tutor(kb, intents, progress, corpus, classifier, branches, settings)


# ------------------------------------------------------------------ files
def _write(folder: Path, key: str, meta: dict, arrays: dict[str, np.ndarray]) -> None:
    folder.mkdir(parents=True, exist_ok=True)
    # The arrays first: the JSON, written last, is what makes the pair count as there.
    for name in (f"{key}{ARRAYS}", f"{key}.json"):
        handle, tmp = tempfile.mkstemp(dir=folder, prefix=f".{name}.")
        try:
            with os.fdopen(handle, "wb") as out:
                if name.endswith(ARRAYS):
                    arrayfile.write(out, arrays)
                else:
                    with io.TextIOWrapper(out, encoding="utf-8") as text:  # streamed: no copy of it all
                        json.dump(meta, text, ensure_ascii=False)
            os.replace(tmp, folder / name)
        except BaseException:
            if os.path.exists(tmp):
                os.unlink(tmp)
            raise


KEEP = 4  # indexes kept: the notes being edited, and a few other sets of notes


def _prune(folder: Path, keep: str) -> None:
    """Old indexes (of notes since edited) go, newest kept, so the cache does not grow forever."""
    # only files this cache wrote: a key of 24 hex digits (the folder may be shared)
    indexes = sorted((p for p in folder.glob("*.json") if re.fullmatch(r"[0-9a-f]{24}", p.stem)),
                     key=lambda p: p.stat().st_mtime, reverse=True)
    stale = [path for index in [p for p in indexes if p.stem != keep][KEEP - 1:]
             for path in (index, index.with_suffix(ARRAYS))]
    # arrays of cache format 3 and before: never read again
    stale += (p for p in folder.glob("*.npz") if re.fullmatch(r"[0-9a-f]{24}", p.stem))
    for path in stale:
        try:
            path.unlink()
        except OSError:
            pass


def _read(folder: Path, key: str):
    meta = json.loads((folder / f"{key}.json").read_text(encoding="utf-8"))
    return meta, arrayfile.read(folder / f"{key}{ARRAYS}")


def load_tutor(knowledge_dir: Path, intents_dir: Path, progress=None, folder: Path | None = None,
               warnings: list[str] | None = None):
    """The tutor for these folders: from the cache when it is there and sound, else built and cached."""
    folder = Path(folder) if folder is not None else paths.cache_dir()
    key = fingerprint(knowledge_dir, intents_dir)
    try:
        meta, arrays = _read(folder, key)
        return from_data(meta, arrays, progress, root=knowledge_dir)
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
