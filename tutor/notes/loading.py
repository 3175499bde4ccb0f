"""Read and validate a knowledge folder and an intents folder.

A teacher editing YAML by hand must get one line that says which file, which
line and what is wrong, so every check here raises DataFileError, never a
KeyError or a traceback from deep inside the engine.
"""

from __future__ import annotations

import re
from pathlib import Path

from tutor.notes.model import (
    Fragment,
    GlossaryEntry,
    Heading,
    Intent,
    KnowledgeBase,
    Misconception,
    Topic,
    WhyPoint,
    WhyQuestion,
)
from tutor.storage.yamlsafe import DataFileError, expect_type, line_of, read_yaml, require, text_list
from tutor.text.normalise import raw_tokens

GLOSSARY_KINDS = ("person", "organisation", "concept", "place", "event", "treaty")
_ID = re.compile(r"^[a-z0-9][a-z0-9-]*$")


def _check_id(value: str, path: Path, line: int | None, what: str) -> str:
    if not _ID.match(value):
        raise DataFileError(path, line, f"{what} id {value!r} must be lower-case letters, digits and '-'")
    return value


def _read_source(root: Path, rel: str, path: Path, line: int | None) -> tuple[str, ...]:
    src = (root / rel).resolve()
    if not src.is_file():
        raise DataFileError(path, line, f"source file {rel!r} not found in {root}")
    try:
        return tuple(src.read_text(encoding="utf-8").splitlines())
    except (OSError, UnicodeDecodeError) as exc:
        raise DataFileError(src, None, f"cannot read source notes: {exc}") from None


def _load_topic(path: Path, root: Path, sources: dict[str, tuple[str, ...]]) -> Topic:
    doc = expect_type(read_yaml(path), dict, path, "a topic file", 1)
    topic_id = _check_id(require(doc, "topic", str, path, "the topic file"), path, doc.line, "topic")
    title = require(doc, "title", str, path, "the topic file")
    source = require(doc, "source", str, path, "the topic file")
    if source not in sources:
        sources[source] = _read_source(root, source, path, doc.line)
    n_lines = len(sources[source])
    headings = []
    for node in require(doc, "headings", list, path, "the topic file"):
        node = expect_type(node, dict, path, "a heading", doc.line)
        line = require(node, "line", int, path, "a heading")
        if not 0 < line <= n_lines:
            raise DataFileError(path, node.line, f"heading line {line} is outside {source} (1-{n_lines})")
        headings.append(Heading(line, require(node, "text", str, path, "a heading")))
    heading_texts = {h.text for h in headings}
    fragments = []
    for node in require(doc, "fragments", list, path, "the topic file"):
        node = expect_type(node, dict, path, "a fragment", doc.line)
        frag_id = _check_id(require(node, "id", str, path, "a fragment"), path, node.line, "fragment")
        where = f"fragment {frag_id!r}"
        text = require(node, "text", str, path, where).strip()
        if not text:
            raise DataFileError(path, node.line, f"{where} has empty text")
        trail = text_list(node, "trail", path, where, required=True)
        for crumb in trail:
            if crumb not in heading_texts:
                raise DataFileError(path, node.line, f"{where} trail {crumb!r} is not one of the topic's headings")
        lines = require(node, "lines", list, path, where)
        if not lines or not all(isinstance(n, int) and not isinstance(n, bool) for n in lines):
            raise DataFileError(path, node.line, f"{where} 'lines' must be a non-empty list of line numbers")
        for n in lines:
            if not 0 < n <= n_lines:
                raise DataFileError(path, node.line, f"{where} cites line {n}, outside {source} (1-{n_lines})")
        because = text_list(node, "because", path, where)
        fragments.append(Fragment(frag_id, topic_id, text, trail, tuple(lines), source, because, node.line))
    if not fragments:
        raise DataFileError(path, doc.line, "the topic has no fragments")
    return Topic(topic_id, title, source, tuple(headings), tuple(fragments))


def _load_glossary(path: Path) -> tuple[GlossaryEntry, ...]:
    if not path.exists():
        return ()
    doc = expect_type(read_yaml(path), dict, path, "the glossary", 1)
    entries = []
    seen: set[str] = set()
    for node in require(doc, "entries", list, path, "the glossary"):
        node = expect_type(node, dict, path, "a glossary entry", doc.line)
        term = require(node, "term", str, path, "a glossary entry").strip()
        where = f"glossary entry {term!r}"
        kind = require(node, "kind", str, path, where)
        if kind not in GLOSSARY_KINDS:
            raise DataFileError(path, node.line, f"{where} kind {kind!r} is not one of {', '.join(GLOSSARY_KINDS)}")
        entry_id = "glossary-" + re.sub(r"[^a-z0-9]+", "-", term.casefold()).strip("-")
        if entry_id in seen:
            raise DataFileError(path, node.line, f"{where} is defined twice")
        seen.add(entry_id)
        text = require(node, "text", str, path, where).strip()
        entries.append(GlossaryEntry(entry_id, term, kind, text_list(node, "aliases", path, where), text))
    return tuple(entries)


def _load_followups(path: Path, fragment_ids: set[str], topic_ids: set[str]):
    if not path.exists():
        return {}, {}
    doc = expect_type(read_yaml(path), dict, path, "the follow-ups file", 1)
    result = []
    for key, known in (("fragments", fragment_ids), ("topics", topic_ids)):
        table = expect_type(doc.get(key, {}), dict, path, f"'{key}'", doc.line)
        for owner in table:
            if owner not in known:
                raise DataFileError(path, line_of(table, doc.line), f"follow-ups for unknown {key[:-1]} {owner!r}")
        result.append({owner: text_list(table, owner, path, f"follow-ups of {owner!r}") for owner in table})
    return result[0], result[1]


def _term_groups(node: dict, path: Path, where: str, required: bool) -> tuple[tuple[str, ...], ...]:
    if "terms" not in node:
        if required:
            raise DataFileError(path, line_of(node), f"{where} is missing 'terms'")
        return ()
    groups = expect_type(node["terms"], list, path, f"{where} 'terms'", line_of(node))
    out = []
    for group in groups:
        if isinstance(group, str):
            group = [group]
        if not isinstance(group, list) or not group or not all(isinstance(t, str) and t.strip() for t in group):
            raise DataFileError(path, line_of(node), f"{where} 'terms' must be a list of groups of words")
        out.append(tuple(str(t) for t in group))
    return tuple(out)


def _load_why(path: Path, fragment_ids: set[str], topic_ids: set[str]) -> tuple[WhyQuestion, ...]:
    if not path.exists():
        return ()
    doc = expect_type(read_yaml(path), dict, path, "the why-questions file", 1)
    questions, seen = [], set()
    for node in require(doc, "questions", list, path, "the why-questions file"):
        node = expect_type(node, dict, path, "a why-question", doc.line)
        qid = _check_id(require(node, "id", str, path, "a why-question"), path, node.line, "why-question")
        where = f"why-question {qid!r}"
        if qid in seen:
            raise DataFileError(path, node.line, f"{where} is defined twice")
        seen.add(qid)
        topic = require(node, "topic", str, path, where)
        if topic not in topic_ids:
            raise DataFileError(path, node.line, f"{where} names unknown topic {topic!r}")
        points, point_ids = [], set()
        for pnode in require(node, "points", list, path, where):
            pnode = expect_type(pnode, dict, path, f"a point of {where}", node.line)
            pid = _check_id(require(pnode, "id", str, path, f"a point of {where}"), path, pnode.line, "point")
            pwhere = f"point {pid!r} of {where}"
            if pid in point_ids:
                raise DataFileError(path, pnode.line, f"{pwhere} is defined twice")
            point_ids.add(pid)
            frags = text_list(pnode, "fragments", path, pwhere, required=True)
            for frag in frags:
                if frag not in fragment_ids:
                    raise DataFileError(path, pnode.line, f"{pwhere} cites unknown fragment {frag!r}")
            prompt = require(pnode, "prompt", str, path, pwhere)
            if "___" not in prompt:
                raise DataFileError(path, pnode.line, f"{pwhere} prompt must mark its gap with ___")
            answer = pnode.get("answer")
            answers = (str(answer),) if isinstance(answer, (str, int)) else tuple(answer or ())
            if not answers or not all(isinstance(a, str) and a.strip() for a in answers):
                raise DataFileError(path, pnode.line, f"{pwhere} needs 'answer': the word(s) that fill the gap")
            points.append(WhyPoint(pid, require(pnode, "text", str, path, pwhere), frags,
                                   _term_groups(pnode, path, pwhere, required=True),
                                   require(pnode, "hint", str, path, pwhere), prompt, answers))
        if not points:
            raise DataFileError(path, node.line, f"{where} has no points")
        misconceptions = []
        for mnode in node.get("misconceptions", []) or []:
            mnode = expect_type(mnode, dict, path, f"a misconception of {where}", node.line)
            misconceptions.append(Misconception(require(mnode, "text", str, path, f"a misconception of {where}"),
                                                _term_groups(mnode, path, f"a misconception of {where}", True),
                                                require(mnode, "correction", str, path, f"a misconception of {where}")))
        questions.append(WhyQuestion(qid, topic, require(node, "question", str, path, where), tuple(points),
                                     tuple(misconceptions)))
    return tuple(questions)


def load_knowledge(root: Path) -> KnowledgeBase:
    """Load and cross-check a knowledge folder: topics/*.yaml, glossary.yaml, followups.yaml, why.yaml."""
    root = Path(root)
    if not root.is_dir():
        raise DataFileError(root, None, "not a folder of notes")
    topic_files = sorted((root / "topics").glob("*.yaml"))
    if not topic_files:
        raise DataFileError(root, None, "no notes found (expected topics/*.yaml)")
    sources: dict[str, tuple[str, ...]] = {}
    topics = [_load_topic(p, root, sources) for p in topic_files]
    def place(i: int) -> tuple[str, int]:  # topics in the order of their source file and first line
        return topics[i].source, min((h.line for h in topics[i].headings), default=0)

    order = sorted(range(len(topics)), key=place)
    topics, topic_files = [topics[i] for i in order], [topic_files[i] for i in order]
    seen: dict[str, Path] = {}
    for topic, path in zip(topics, topic_files):
        for ident in (f"topic:{topic.id}", *(f.id for f in topic.fragments)):
            if ident in seen:
                raise DataFileError(path, None, f"id {ident!r} is already used in {seen[ident].name}")
            seen[ident] = path
    fragment_ids = {f.id for t in topics for f in t.fragments}
    for topic, path in zip(topics, topic_files):
        for frag in topic.fragments:
            for ref in frag.because:
                if ref not in fragment_ids:
                    raise DataFileError(path, frag.line,
                                        f"fragment {frag.id!r} 'because' names unknown fragment {ref!r}")
    glossary = _load_glossary(root / "glossary.yaml")
    topic_ids = {t.id for t in topics}
    frag_fu, topic_fu = _load_followups(root / "followups.yaml", fragment_ids, topic_ids)
    why = _load_why(root / "why.yaml", fragment_ids, topic_ids)
    return KnowledgeBase(root, tuple(topics), glossary, frag_fu, topic_fu, sources, why,
                         _load_title(root / "about.yaml"), _load_synonyms(root / "synonyms.yaml"))


def _load_synonyms(path: Path) -> dict[str, str]:
    """synonyms.yaml: the words and phrases these notes' students use for the notes'
    own words (optional). Keys and values are read as normalised words."""
    if not path.exists():
        return {}
    doc = expect_type(read_yaml(path), dict, path, "the synonyms file", 1)
    table = expect_type(doc.get("synonyms", {}), dict, path, "'synonyms'", doc.line)
    out: dict[str, str] = {}
    for said, meant in table.items():
        if not isinstance(said, str) or not isinstance(meant, str) or not raw_tokens(said) or not raw_tokens(meant):
            raise DataFileError(path, line_of(table, doc.line), f"synonym {said!r}: both sides must be words")
        out[" ".join(raw_tokens(said))] = " ".join(raw_tokens(meant))
    return out


def _load_title(path: Path) -> str:
    """about.yaml's title: what the notes are about, in the notes' words (optional)."""
    if not path.exists():
        return ""
    doc = expect_type(read_yaml(path), dict, path, "the about file", 1)
    return expect_type(doc.get("title", ""), str, path, "'title'", doc.line).strip()


def load_intents(folder: Path) -> tuple[Intent, ...]:
    """Load intents/*.yaml: each file names an intent, its examples and an optional reply."""
    files = sorted(Path(folder).glob("*.yaml"))
    if not files:
        raise DataFileError(folder, None, "no intent files found (expected *.yaml)")
    intents: dict[str, Intent] = {}
    for path in files:
        doc = expect_type(read_yaml(path), dict, path, "an intent file", 1)
        name = _check_id(require(doc, "intent", str, path, "the intent file"), path, doc.line, "intent")
        if name in intents:
            raise DataFileError(path, doc.line, f"intent {name!r} is defined twice")
        examples = text_list(doc, "examples", path, f"intent {name!r}", required=True)
        reply = doc.get("reply", "")
        expect_type(reply, str, path, f"intent {name!r} 'reply'", doc.line)
        intents[name] = Intent(name, examples, reply.strip())
    return tuple(intents.values())
