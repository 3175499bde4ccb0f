"""Import never loses what the user owns, and what it reports as written loads.

The command-line cases are rows of tests/test_cli_contract.py; here are the
mechanisms behind them, and the property that any text `tutor import` accepts
gives a folder that loads and answers.
"""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.dialogue.state import ConversationState
from tutor.engine import Tutor
from tutor.notes.importers import build, target
from tutor.notes.importers.outline import ImportProblem
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths

REPO = Path(__file__).resolve().parent.parent
WEIMAR = REPO / "examples" / "weimar" / "notes.md"
CELLS = REPO / "examples" / "cells" / "notes.opml"


def tree(folder: Path) -> dict[str, bytes]:
    return {p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()}


def test_an_import_is_marked_and_lists_every_file_it_wrote(tmp_path):
    import_files([WEIMAR], tmp_path / "kb")
    assert (tmp_path / "kb" / target.MANIFEST).is_file()
    assert target._foreign_files(tmp_path / "kb") == []
    (tmp_path / "kb" / "mine.txt").write_text("x")
    assert target._foreign_files(tmp_path / "kb") == ["mine.txt"]


def test_reimport_replaces_the_folder_whole(tmp_path):
    out = tmp_path / "kb"
    import_files([WEIMAR], out)
    import_files([CELLS], out)
    kb = load_knowledge(out)
    assert all(f.file == "sources/notes.opml" for f in kb.fragments)
    assert sorted(p.name for p in (out / "sources").iterdir()) == ["notes.opml"]  # nothing of the old one left
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]  # no staging or previous copy beside it


@pytest.mark.parametrize("exchange", [True, False], ids=["exchange", "two-renames"])
def test_a_failure_while_swapping_leaves_the_previous_copy(tmp_path, monkeypatch, exchange):
    out = tmp_path / "kb"
    import_files([WEIMAR], out)
    before = tree(out)
    if not exchange:
        monkeypatch.setattr(target, "_exchange", lambda a, b: False)
    real_replace = os.replace

    def failing_replace(src, dst):
        if Path(dst) == out and Path(src).name.startswith(".kb.tutor-import-") and "previous" not in Path(src).name:
            raise OSError(28, "No space left on device")
        return real_replace(src, dst)

    monkeypatch.setattr(target.os, "replace", failing_replace)
    monkeypatch.setattr(target, "_exchange", lambda a, b: (_ for _ in ()).throw(OSError(28, "No space")))
    with pytest.raises(OSError):
        import_files([CELLS], out)
    assert tree(out) == before
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]


def test_a_folder_that_would_not_load_is_never_put_in_place(tmp_path, monkeypatch):
    out = tmp_path / "kb"
    import_files([WEIMAR], out)
    before = tree(out)
    real_dump = build._dump

    def broken_dump(data, path):  # an importer bug: a fragment written with no text
        if path.parent.name == "topics":
            data["fragments"][1]["text"] = ""
        real_dump(data, path)

    monkeypatch.setattr(build, "_dump", broken_dump)
    with pytest.raises(ImportProblem, match=r"notes\.md, line \d+: could not be imported"):
        import_files([WEIMAR], out)
    assert tree(out) == before


def test_leftovers_of_a_killed_import_are_cleared(tmp_path):
    dead = tmp_path / f".kb{target.STAGING}999999999-abc"
    dead.mkdir()
    (dead / "half.yaml").write_text("x")
    import_files([WEIMAR], tmp_path / "kb")
    assert sorted(p.name for p in tmp_path.iterdir()) == ["kb"]


def test_the_data_folders_follow_the_platform(monkeypatch, tmp_path):
    for var, get in (("XDG_DATA_HOME", paths.data_dir), ("XDG_STATE_HOME", paths.state_dir),
                     ("XDG_CACHE_HOME", paths.cache_dir)):
        monkeypatch.setenv(var, str(tmp_path / var))
        assert get() == tmp_path / var / "tutor"


# ------------------------------------------------------------------ property
line = st.one_of(
    st.text(alphabet=st.characters(blacklist_categories=("Cs", "Cc")), max_size=60),
    st.sampled_from(["# Title", "## ", "##", "---", "***", "- ", "-", "* item", "  - nested", "1. first", "> quote",
                     "```", "| a | b |", "|---|---|", "<br>", "[[link]]", "==mark==", "**bold**: def", ":",
                     "Heading:", "WHY?", "?", "   ", "\t- tab item", "- **term** - definition", "# ", "#"]),
)
notes_text = st.lists(line, min_size=1, max_size=25).map("\n".join)


@pytest.fixture(scope="module")
def intents():
    return load_intents(paths.bundled("intents"))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(text=notes_text, suffix=st.sampled_from([".md", ".txt"]))
def test_whatever_import_accepts_loads_and_answers(tmp_path_factory, intents, text, suffix):
    work = tmp_path_factory.mktemp("prop")
    notes = work / f"notes{suffix}"
    notes.write_text(text, encoding="utf-8")
    try:
        import_files([notes], work / "kb")
    except ImportProblem:
        assert not (work / "kb").exists()
        return
    tutor = Tutor(load_knowledge(work / "kb"), intents)
    first = tutor.kb.fragments[0].text
    reply = tutor.respond(first, ConversationState())
    assert reply.answer
