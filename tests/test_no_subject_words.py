"""No word of any subject in the package's code or data: the engine knows English,
and a subject lives in its own knowledge folder.

A subject word here is a name or term of the notes the tutor was first built
on (the bundled notes, their glossary and synonyms) or of its examples: a word
of theirs that is no everyday English word (nor text-speak, a negation or a
common misspelling, which are English). The scan reads every string
the package's code holds (docstrings aside: they document, they never act) and
every hand-written data file it ships (intents, word tables); the tables
generated from English resources (WordNet, wordfreq, and the sentence model's neighbours of
wordfreq's words) are English by source.
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_knowledge
from tutor.text.lexicon import (
    CALENDAR_WORDS,
    COMMON_MISSPELLINGS,
    NEGATIONS,
    STOPWORDS,
    ordinary_words,
    text_speak,
)
from tutor.text.normalise import stem
from tutor.text.wordnet import WordNet

REPO = Path(__file__).resolve().parent.parent
PACKAGE = REPO / "tutor"
# generated from English resources
ENGLISH_TABLES = {"wordnet.tsv.gz", "irregular.tsv", "ordinary_words.tsv", "textspeak.tsv", "noun_kinds.tsv",
                  "neighbours.tsv.gz"}
WORD = re.compile(r"[a-z]{3,}")


def subject_words(tmp: Path) -> set[str]:
    everyday = (set(ordinary_words()) | set(text_speak()) | set(NEGATIONS) | set(COMMON_MISSPELLINGS)
                | set(STOPWORDS) | set(CALENDAR_WORDS) | {"topicx"})
    english = {stem(w) for w in everyday}
    folders = [REPO / "knowledge"]
    for n, notes in enumerate(p for p in (REPO / "examples").rglob("notes.*")):
        import_files([notes], tmp / f"example-{n}")
        folders.append(tmp / f"example-{n}")
    texts: list[str] = []
    for folder in folders:
        kb = load_knowledge(folder)
        texts += [t.title for t in kb.topics] + [h.text for t in kb.topics for h in t.headings]
        texts += [f.text for f in kb.fragments]
        texts += [f"{a} {b}" for a, b in kb.synonyms.items()]
        texts += [" ".join((g.term, *g.aliases)) for g in kb.glossary]
    words = {w for text in texts for w in WORD.findall(text.casefold())}
    wordnet = WordNet.load()  # "larger" is a form of the everyday "large"
    return {w for w in words if w not in everyday and stem(w) not in english
            and not any(lemma in everyday for lemma in wordnet.lemmas_of(w))}


def package_strings() -> list[tuple[str, str]]:
    found = []
    for path in PACKAGE.rglob("*.py"):
        tree = ast.parse(path.read_text(encoding="utf-8"))
        docstrings = {id(node.body[0].value) for node in ast.walk(tree)
                      if isinstance(node, (ast.Module, ast.FunctionDef, ast.ClassDef, ast.AsyncFunctionDef))
                      and node.body and isinstance(node.body[0], ast.Expr)
                      and isinstance(node.body[0].value, ast.Constant)}
        for node in ast.walk(tree):
            if isinstance(node, ast.Constant) and isinstance(node.value, str) and id(node) not in docstrings:
                found.append((str(path.relative_to(REPO)), node.value))
    for path in list((REPO / "intents").glob("*.yaml")) + list((PACKAGE / "data").iterdir()):
        if path.is_file() and path.name not in ENGLISH_TABLES:
            found.append((str(path.relative_to(REPO)), path.read_text(encoding="utf-8")))
    return found


def test_the_scan_knows_subject_words(tmp_path):
    words = subject_words(tmp_path)
    assert {"stalin", "comintern", "stresemann", "rentenmark", "ogpu", "gulag"} <= words


def test_no_subject_word_in_the_packages_strings_or_data(tmp_path):
    words = subject_words(tmp_path)
    hits = sorted({(where, w) for where, text in package_strings() for w in WORD.findall(text.casefold())
                   if w in words})
    assert not hits
