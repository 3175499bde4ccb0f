"""Importing a student's own notes: the bundled notes round-trip through the
Coggle reader, every format loads and answers, bad files are refused in one
line and nothing already imported is damaged."""

from __future__ import annotations

import re
from pathlib import Path

import pytest

from tutor.dialogue.state import ConversationState
from tutor.engine import Tutor
from tutor.evaluation import evaluate, load_eval_set
from tutor.notes.importers.outline import ImportProblem
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths

REPO = Path(__file__).resolve().parent.parent
NOTES = paths.bundled("knowledge") / "sources" / "gov-prop-foreign.coggle.txt"
# The spelling fixes of the bundled knowledge base, against the notes as written.
FIXES = {"attituide": "attitude", "recieved": "received", "bourgeoise": "bourgeois", "aswell": "as well",
         "wifes": "wife's", "stalins": "stalin's"}


def same_words(text: str) -> str:
    text = text.casefold()
    for wrong, right in FIXES.items():
        text = re.sub(rf"\b{wrong}\b", right, text)
    return " ".join(re.findall(r"[a-z0-9']+", text))


def load(folder: Path) -> Tutor:
    return Tutor(load_knowledge(folder), load_intents(paths.bundled("intents")))


def test_bundled_notes_round_trip_through_the_coggle_reader(tmp_path):
    import_files([NOTES], tmp_path / "kb")
    imported = load_knowledge(tmp_path / "kb")
    bundled = load_knowledge(paths.bundled("knowledge"))
    mine = {f.lines: f for f in imported.fragments}
    theirs = {f.lines: f for f in bundled.fragments}
    assert set(mine) == set(theirs), "the same split into fragments, citing the same lines"
    for lines, frag in theirs.items():
        assert same_words(mine[lines].text) == same_words(frag.text), lines
        assert same_words(mine[lines].trail[0]) == same_words(frag.trail[0]), lines  # same topic
    assert [t.title.casefold() for t in imported.topics] == [
        "stalin's attituide to foreign powers", "china", "germany and treaty of berlin, 1926",
        "ussr benefitted economically", "changes in comintern", "stalin's style of government",
        "propaganda and beginning of stalin cult"]


def test_imported_notes_answer_like_the_bundled_ones(tmp_path):
    import_files([NOTES], tmp_path / "kb")
    tutor = load(tmp_path / "kb")
    reply = tutor.respond("what did article 2 of the treaty of berlin say", ConversationState())
    assert "neutral" in reply.answer and reply.sources[0].file == "sources/gov-prop-foreign.coggle.txt"
    assert tutor.respond("who was hitler", ConversationState()).status == "out_of_scope"


def test_structure_yields_why_questions_and_followups(tmp_path):
    import_files([NOTES], tmp_path / "kb")
    kb = load_knowledge(tmp_path / "kb")
    question = next(q for q in kb.why_questions if "aggressive" in q.question)
    assert len(question.points) == 5 and question.points[0].text == "a way to attack Bukharin"
    assert "___" in question.points[0].prompt
    tutor = load(tmp_path / "kb")
    assert len(tutor.grade(question.question, "it was to attack bukharin").covered) == 1
    caused = [f for f in kb.fragments if " so " in f" {f.text} "]
    assert caused and all(kb.fragment_followups.get(f.id) for f in caused)


@pytest.mark.parametrize("folder,notes", [("weimar", "notes.md"), ("cells", "notes.opml")])
def test_example_notes_import_and_pass_their_eval(tmp_path, folder, notes):
    example = REPO / "examples" / folder
    import_files([example / notes], tmp_path / "kb")
    summary = evaluate(load(tmp_path / "kb"), load_eval_set(example / "eval.yaml"))
    assert summary["pass_rate"] >= 0.9, summary["failures"]


def test_freemind_and_plain_text(tmp_path):
    mm = tmp_path / "map.mm"
    mm.write_text('<map version="1.0.1"><node TEXT="Volcanoes">'
                  '<node TEXT="Types"><node TEXT="Shield volcanoes have gentle slopes of runny lava"/>'
                  '<node TEXT="Composite volcanoes are steep, with layers of ash and lava"/></node>'
                  '<node TEXT="Why do people live near volcanoes?"><node TEXT="Fertile soil for farming"/>'
                  '<node TEXT="Tourism brings jobs"/></node></node></map>')
    import_files([mm], tmp_path / "mm")
    tutor = load(tmp_path / "mm")
    assert "gentle slopes" in tutor.respond("what are shield volcanoes like", ConversationState()).answer
    assert any("live near volcanoes" in q.question for q in tutor.kb.why_questions)
    txt = tmp_path / "rivers.txt"
    txt.write_text("Rivers\n\nErosion wears away the river bed and banks.\n\n"
                   "Meanders form where the river bends, because the outside bank erodes faster.\n")
    import_files([txt], tmp_path / "txt")
    kb = load_knowledge(tmp_path / "txt")
    assert [f.lines for f in kb.fragments] == [(3,), (5,)] and kb.topics[0].title == "Rivers"


def test_a_map_whose_rich_text_uses_html_characters_still_loads(tmp_path):
    mm = tmp_path / "transport.mm"
    mm.write_text('<map version="freeplane 1.9.0">\n<node TEXT="Energy transport">\n'
                  '<node ID="a"><richcontent TYPE="NODE"><html><body><p>defined under equilibrium,&nbsp;so '
                  '<b>local equilibrium</b> is needed &mdash; always</p></body></html></richcontent></node>\n'
                  '<node TEXT="\\latex $\\tau = RC$ time constant"/>\n<node TEXT="Fish &amp; chips"/>\n'
                  '</node>\n</map>\n', encoding="utf-8")
    import_files([mm], tmp_path / "kb")
    kb = load_knowledge(tmp_path / "kb")
    texts = {f.text: f.lines for f in kb.fragments}
    assert texts["defined under equilibrium, so local equilibrium is needed — always"] == (3,)
    assert "Fish & chips" in texts and not any("latex" in t for t in texts)
    assert any(t.startswith("τ = RC") or t.startswith("τ= RC") for t in texts), texts


BAD = [
    ("empty.md", b"", "the file is empty"),
    ("blank.txt", b"   \n\n", "the file is empty"),
    ("binary.md", b"\x89PNG\r\n\x1a\n\x00\x00\x00", "a binary file"),
    ("latin.txt", "caf\u00e9 notes\n".encode("latin-1"), "not UTF-8"),
    ("broken.opml", b"<opml><body><outline text='a'></body>", "not well-formed XML"),
    ("laughs.opml", b'<?xml version="1.0"?><!DOCTYPE lolz [<!ENTITY lol "lol">]><opml><body>'
                    b'<outline text="&lol;"/></body></opml>', "declares a DTD or entities"),
    ("notopml.opml", b"<html><body/></html>", "not an OPML file"),
    ("unknown.mm", b'<map><node TEXT="a &bogus; b"/></map>', "not well-formed XML"),
    ("headings.md", b"# Title\n## Only a heading\n", "no notes found"),
]


@pytest.mark.parametrize("name,content,message", BAD, ids=[b[0] for b in BAD])
def test_bad_files_are_refused_in_one_line(tmp_path, run_cli, name, content, message):
    bad = tmp_path / name
    bad.write_bytes(content)
    with pytest.raises(ImportProblem, match=message):
        import_files([bad], tmp_path / "out")
    result = run_cli("import", str(bad), "--out", str(tmp_path / "out"))
    assert result.returncode == 2 and "Traceback" not in result.stderr
    assert result.stderr.count("\n") == 1 and name in result.stderr and message in result.stderr


def test_a_failed_import_leaves_the_old_folder_intact(tmp_path):
    out = tmp_path / "kb"
    import_files([NOTES], out)
    before = sorted(p.name for p in (out / "topics").iterdir())
    bad = tmp_path / "bad.opml"
    bad.write_text("<opml><body>")
    with pytest.raises(ImportProblem):
        import_files([NOTES, bad], out)
    assert sorted(p.name for p in (out / "topics").iterdir()) == before
    assert not [p for p in tmp_path.iterdir() if p.name.startswith(".kb.")]


def test_notes_add_list_use_and_default(tmp_path, run_cli):
    added = run_cli("notes", "add", str(REPO / "examples" / "cells" / "notes.opml"), "--name", "cells")
    assert added.returncode == 0 and "now your default" in added.stdout
    assert "* cells" in run_cli("notes", "list").stdout
    answer = run_cli("ask", "what does the cell wall do").stdout
    assert "cellulose" in answer
    assert run_cli("notes", "use", "bundled").returncode == 0
    assert "neutral" in run_cli("ask", "what did article 2 say").stdout
    missing = run_cli("notes", "use", "nowhere")
    assert missing.returncode == 2 and "no such notes" in missing.stderr


def test_cli_import_then_ask_with_notes(tmp_path, run_cli):
    out = tmp_path / "weimar"
    result = run_cli("import", str(REPO / "examples" / "weimar" / "notes.md"), "--out", str(out))
    assert result.returncode == 0 and "Imported" in result.stdout
    assert "Rentenmark" in run_cli("ask", "--notes", str(out), "what was the new currency called").stdout


@pytest.mark.parametrize("name,title", [
    ("3_LEDC_-_Haiti~COMMA_2010.md", "3 LEDC Haiti, 2010"),
    ("4_Case_study~COLON_Eyjafjallajökull_2010.md", "4 Case study: Eyjafjallajökull 2010"),
    ("my-notes.md", "my notes"), ("Cells.opml", "Cells"), ("a~COMMAND.md", "a~COMMAND"),
])
def test_a_file_names_escapes_are_read_back_in_its_topic_title(name, title):
    from tutor.notes.importers.build import title_of_file

    assert title_of_file(name) == title
