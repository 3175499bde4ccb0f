"""A malformed knowledge or intent file gets one clear error naming the file and
line, and the command line exits 2 without a traceback."""

from __future__ import annotations

import shutil

import pytest

from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths
from tutor.storage.yamlsafe import DataFileError

GOOD_TOPIC = """topic: demo
title: Demo
source: sources/notes.txt
headings:
  - line: 1
    text: DEMO
fragments:
  - id: demo-one
    trail: [DEMO]
    lines: [2]
    text: Treaty signed with Latvia in 1926
"""


def make_folder(tmp_path, topic_text=GOOD_TOPIC, extra: dict[str, str] | None = None):
    root = tmp_path / "notes"
    (root / "topics").mkdir(parents=True)
    (root / "sources").mkdir()
    (root / "sources" / "notes.txt").write_text("DEMO\nTreaty signed with Latvia in 1926\n", encoding="utf-8")
    (root / "topics" / "demo.yaml").write_text(topic_text, encoding="utf-8")
    for name, text in (extra or {}).items():
        (root / name).write_text(text, encoding="utf-8")
    return root


BAD_TOPICS = [
    ("bad yaml", GOOD_TOPIC.replace("trail: [DEMO]", "trail: [DEMO"), "invalid YAML"),
    ("missing text", GOOD_TOPIC.replace("    text: Treaty signed with Latvia in 1926\n", ""), "missing 'text'"),
    ("lines not numbers", GOOD_TOPIC.replace("lines: [2]", "lines: [two]"), "list of line numbers"),
    ("line outside file", GOOD_TOPIC.replace("lines: [2]", "lines: [99]"), "outside"),
    ("unknown trail", GOOD_TOPIC.replace("trail: [DEMO]", "trail: [ELSEWHERE]"), "not one of the topic's headings"),
    ("bad id", GOOD_TOPIC.replace("id: demo-one", "id: Demo One"), "must be lower-case"),
    ("duplicate key", GOOD_TOPIC.replace("title: Demo", "title: Demo\ntitle: Again"), "duplicate key"),
    ("wrong type", GOOD_TOPIC.replace("title: Demo", "title: [Demo]"), "must be text"),
    ("missing source", GOOD_TOPIC.replace("sources/notes.txt", "sources/absent.txt"), "not found"),
    ("object tag", GOOD_TOPIC.replace("title: Demo", "title: !!python/object/apply:os.system [echo]"),
     "invalid YAML"),
    ("unknown cause", GOOD_TOPIC + "    because: [nowhere]\n", "unknown fragment"),
    ("not a mapping", "- just\n- a list\n", "must be a mapping"),
]


@pytest.mark.parametrize("name,text,message", BAD_TOPICS, ids=[b[0] for b in BAD_TOPICS])
def test_bad_topic_file_names_file_line_and_problem(tmp_path, name, text, message):
    root = make_folder(tmp_path, text)
    with pytest.raises(DataFileError) as info:
        load_knowledge(root)
    error = str(info.value)
    assert "demo.yaml" in error and message in error
    if name not in ("missing source", "not a mapping"):
        assert info.value.line, error


def test_duplicate_fragment_ids_across_files(tmp_path):
    root = make_folder(tmp_path)
    (root / "topics" / "other.yaml").write_text(GOOD_TOPIC.replace("topic: demo", "topic: other"))
    with pytest.raises(DataFileError, match="already used"):
        load_knowledge(root)


def test_empty_folder_and_missing_folder(tmp_path):
    with pytest.raises(DataFileError, match="no notes found"):
        load_knowledge(tmp_path)
    with pytest.raises(DataFileError, match="not a folder"):
        load_knowledge(tmp_path / "absent")


def test_bad_glossary_and_followups(tmp_path):
    root = make_folder(tmp_path, extra={"glossary.yaml": "entries:\n  - term: X\n    kind: planet\n    text: t\n"})
    with pytest.raises(DataFileError, match=r"glossary.yaml:2: .*kind 'planet'"):
        load_knowledge(root)
    root2 = make_folder(tmp_path / "b", extra={"followups.yaml": "fragments:\n  nowhere: [\"Why?\"]\n"})
    with pytest.raises(DataFileError, match="unknown fragment 'nowhere'"):
        load_knowledge(root2)


def test_not_utf8_is_a_clear_error(tmp_path):
    root = make_folder(tmp_path)
    (root / "topics" / "demo.yaml").write_bytes(b"topic: \xff\xfe demo\n")
    with pytest.raises(DataFileError, match="not UTF-8"):
        load_knowledge(root)


def test_bad_intent_files(tmp_path):
    folder = tmp_path / "intents"
    folder.mkdir()
    with pytest.raises(DataFileError, match="no intent files"):
        load_intents(folder)
    (folder / "greet.yaml").write_text("intent: greet\nexamples: hello\n")
    with pytest.raises(DataFileError, match=r"greet.yaml:1: .*'examples' must be a list"):
        load_intents(folder)


def test_a_minimal_folder_loads_and_answers(tmp_path):
    from tutor.dialogue.state import ConversationState
    from tutor.engine import Tutor

    root = make_folder(tmp_path)
    tutor = Tutor(load_knowledge(root), load_intents(paths.bundled("intents")))
    reply = tutor.respond("what treaty was signed with latvia", ConversationState())
    assert reply.status == "answered" and "Latvia in 1926" in reply.answer
    # the note names nobody: "who" asks what it does not say
    assert tutor.respond("who signed a treaty with latvia", ConversationState()).status == "out_of_scope"
    assert tutor.respond("what was the capital of peru", ConversationState()).status == "out_of_scope"


def test_cli_reports_bad_notes_in_one_line_with_exit_2(tmp_path, run_cli):
    root = make_folder(tmp_path, GOOD_TOPIC.replace("lines: [2]", "lines: [99]"))
    result = run_cli("ask", "--notes", str(root), "anything")
    assert result.returncode == 2
    assert "Traceback" not in result.stderr
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1 and "demo.yaml:8" in lines[0] and "outside" in lines[0]


def test_cli_notes_option_uses_a_copied_knowledge_folder(tmp_path, run_cli):
    copy = tmp_path / "copy"
    shutil.copytree(paths.bundled("knowledge"), copy)
    result = run_cli("ask", "--notes", str(copy), "what did article 2 say")
    assert result.returncode == 0 and "neutral" in result.stdout


def test_unreadable_topic_file(tmp_path):
    root = make_folder(tmp_path)
    (root / "topics" / "zz.yaml").mkdir()  # a folder where a file should be: cannot be read
    with pytest.raises(DataFileError, match=r"zz.yaml: cannot read"):
        load_knowledge(root)


def test_eval_set_naming_an_unknown_intent(tmp_path, run_cli):
    bad = tmp_path / "set.yaml"
    bad.write_text("- question: hello\n  intent: greet\n- question: dance\n  intent: boogie\n")
    result = run_cli("eval", "--set", str(bad))
    assert result.returncode == 2 and "set.yaml:3" in result.stderr and "unknown intent 'boogie'" in result.stderr
