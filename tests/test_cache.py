"""The saved index: same answers as a fresh build, rebuilt when the notes change,
never trusted when damaged, and a warm start imports no scikit-learn."""

from __future__ import annotations

import json
import shutil
import subprocess
import sys

import numpy as np
import pytest

from tutor.cache import fingerprint, load_tutor
from tutor.dialogue.state import ConversationState
from tutor.evaluation import load_eval_set
from tutor.storage import paths

KNOWLEDGE = paths.bundled("knowledge")
INTENTS = paths.bundled("intents")


def replies(tutor, items):
    out = []
    for item in items:
        state = ConversationState()
        for earlier in item.after:
            tutor.respond(earlier, state)
        reply = tutor.respond(item.question, state)
        out.append((reply.status, reply.intent, reply.answer, round(reply.confidence, 6)))
    return out


def test_cached_tutor_answers_exactly_like_a_fresh_one(tmp_path, tutor):
    load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path)  # builds and saves
    cached = load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path)
    items = [i for i in load_eval_set(KNOWLEDGE / "eval.yaml") if i.kind != "why"]
    assert replies(cached, items) == replies(tutor, items)
    assert [tuple(t.fragments) for t in cached.kb.topics] == [tuple(t.fragments) for t in tutor.kb.topics]
    assert cached.kb.fragment("china-trotsky") == tutor.kb.fragment("china-trotsky")
    question = tutor.kb.why_questions[0]
    answer = "the ccp was too weak and he wanted to protect the ussr"
    assert [v.covered for v in cached.grade(question.question, answer).verdicts] == \
           [v.covered for v in tutor.grade(question.question, answer).verdicts]


def test_a_changed_knowledge_file_changes_the_key(tmp_path):
    copy = tmp_path / "kb"
    shutil.copytree(KNOWLEDGE, copy)
    before = fingerprint(copy, INTENTS)
    (copy / "eval.yaml").write_text("- question: x\n  out_of_scope: true\n")  # the eval set is not the index
    assert fingerprint(copy, INTENTS) == before
    topic = copy / "topics" / "china.yaml"
    topic.write_text(topic.read_text().replace("battled for power", "fought for power"))
    assert fingerprint(copy, INTENTS) != before
    tutor = load_tutor(copy, INTENTS, folder=tmp_path / "cache")
    assert "fought for power" in tutor.respond("what did the ccp and gmd do after 1925", ConversationState()).answer


def _rewrite_header(arrays_file, change):
    """The arrays file with its JSON header edited, the data left as it was."""
    from tutor.storage.arrayfile import ALIGN, MAGIC

    def start(length):
        return -(-(len(MAGIC) + 8 + length) // ALIGN) * ALIGN

    raw = arrays_file.read_bytes()
    length = int.from_bytes(raw[len(MAGIC): len(MAGIC) + 8], "little")
    header = json.loads(raw[len(MAGIC) + 8: len(MAGIC) + 8 + length])
    change(header)
    edited = json.dumps(header).encode()
    head = MAGIC + len(edited).to_bytes(8, "little") + edited
    arrays_file.write_bytes(head.ljust(start(len(edited)), b"\0") + raw[start(length):])


def _edit(meta: dict, change) -> dict:
    change(meta)
    return meta


def _pickled_array() -> bytes:
    import io

    out = io.BytesIO()
    np.save(out, np.array([object()], dtype=object), allow_pickle=True)
    return out.getvalue()


DAMAGE = {
    "garbage json": lambda meta, arrays: meta.write_text("{not json"),
    "truncated arrays": lambda meta, arrays: arrays.write_bytes(arrays.read_bytes()[:500]),
    "half the arrays": lambda meta, arrays: arrays.write_bytes(arrays.read_bytes()[: arrays.stat().st_size // 2]),
    "a pickle instead": lambda meta, arrays: arrays.write_bytes(_pickled_array()),
    "object dtype": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["word.idf"].update(dtype="|O")),
    "offset past the end": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["char.data"].update(offset=10**12)),
    "postings as floats": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["word.indices"].update(dtype="<f4")),
    "postings cut short": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["word.indices"].update(shape=[h["word.indices"]["shape"][0] - 1])),
    "wrong shapes": lambda meta, arrays: meta.write_text(
        json.dumps({**json.loads(meta.read_text()), "models": {
            **json.loads(meta.read_text())["models"],
            "word": {**json.loads(meta.read_text())["models"]["word"],
                     "features": json.loads(meta.read_text())["models"]["word"]["features"][:3]}}})),
    "topics claim more notes": lambda meta, arrays: meta.write_text(json.dumps(_edit(
        json.loads(meta.read_text()), lambda m: m["kb"]["topics"][0].update(size=m["kb"]["topics"][0]["size"] + 99)))),
    "a note with no lines": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["fragments.line_offsets"].update(shape=[h["fragments.line_offsets"]["shape"][0] - 1])),
    "unsigned offsets": lambda meta, arrays: _rewrite_header(
        arrays, lambda h: h["docs.stems.offsets"].update(dtype="<u8")),
    "a feature that is not text": lambda meta, arrays: meta.write_text(json.dumps(_edit(
        json.loads(meta.read_text()), lambda m: m["models"]["word"]["features"].__setitem__(3, 5)))),
    "features out of order": lambda meta, arrays: meta.write_text(json.dumps(_edit(
        json.loads(meta.read_text()), lambda m: m["models"]["char"]["features"].reverse()))),
    "a header that is a list": lambda meta, arrays: _rewrite_header(arrays, lambda h: h.clear()) or arrays.write_bytes(
        arrays.read_bytes().replace(b"{}", b"[]", 1)),
    "repeated fragment ids": lambda meta, arrays: meta.write_text(json.dumps(_edit(
        json.loads(meta.read_text()),
        lambda m: m["kb"]["fragments"]["ids"].__setitem__(1, m["kb"]["fragments"]["ids"][0])))),
}


@pytest.mark.parametrize("damage", DAMAGE)
def test_a_damaged_cache_is_ignored_and_rebuilt(tmp_path, damage):
    from tutor.cache import ARRAYS, FORMAT

    load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path)
    key = fingerprint(KNOWLEDGE, INTENTS)
    meta_file, arrays_file = tmp_path / f"{key}.json", tmp_path / f"{key}{ARRAYS}"
    DAMAGE[damage](meta_file, arrays_file)
    warnings: list[str] = []
    tutor = load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path, warnings=warnings)
    assert warnings and "rebuilt" in warnings[0]
    assert "neutral" in tutor.respond("what did article 2 say", ConversationState()).answer
    assert json.loads(meta_file.read_text())["format"] == FORMAT  # a sound cache again
    assert load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path, warnings=warnings) and len(warnings) == 1


def test_an_unwritable_cache_folder_only_warns(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("not a folder")
    warnings: list[str] = []
    tutor = load_tutor(KNOWLEDGE, INTENTS, folder=blocker / "tutor", warnings=warnings)
    assert warnings and "not saved" in warnings[0]
    assert tutor.respond("hello", ConversationState()).intent == "greet"


PROBE = ("import sys; from tutor.terminal.cli import main; main(['ask', 'what did article 2 say']); "
         "print('sklearn' in sys.modules, 'prompt_toolkit' in sys.modules, 'scipy' in sys.modules)")


def test_a_warm_start_imports_neither_sklearn_nor_prompt_toolkit(tmp_path, cli_env):
    env = dict(cli_env, XDG_CACHE_HOME=str(tmp_path / "cache"))
    cold = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    warm = subprocess.run([sys.executable, "-c", PROBE], env=env, capture_output=True, text=True, timeout=120)
    assert "neutral" in cold.stdout and "neutral" in warm.stdout
    assert cold.stdout.strip().endswith("True False True")  # the first start fits the index
    assert warm.stdout.strip().endswith("False False False")


def test_old_indexes_are_pruned(tmp_path):
    import os
    import time

    from tutor.cache import ARRAYS, KEEP

    for n in range(6):  # indexes of six earlier versions of the notes
        for suffix in (".json", ARRAYS):
            stale = tmp_path / f"{n:024x}{suffix}"
            stale.write_text("{}")
            os.utime(stale, (time.time() - 100 + n, time.time() - 100 + n))
    (tmp_path / f"{99:024x}.npz").write_bytes(b"arrays an older tutor wrote")
    mine = {"notes.json": "{}", "old.npz": "a file the user keeps here"}
    for name, text in mine.items():
        (tmp_path / name).write_text(text)
    load_tutor(KNOWLEDGE, INTENTS, folder=tmp_path)
    assert not list(tmp_path.glob("0*.npz"))
    assert all((tmp_path / name).read_text() == text for name, text in mine.items())  # not the cache's: kept
    kept = sorted(p.stem for p in tmp_path.glob("*.json") if p.name != "notes.json")
    assert len(kept) == KEEP and fingerprint(KNOWLEDGE, INTENTS) in kept
    assert {f"{n:024x}" for n in (5, 4, 3)} <= set(kept)  # the newest stay
    assert len(list(tmp_path.glob(f"*{ARRAYS}"))) == KEEP
