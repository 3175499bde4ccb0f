"""The command line's contract, one row a case: (arguments, stdin, files present)
-> (exit code, text on stdout or stderr, files that must be unchanged).

Every row runs the real `tutor` entry point in a subprocess, from a workspace of
its own with temporary XDG folders, as a student would. No row may end in a
traceback, and a file a row names as the user's must be byte for byte the same
afterwards (a folder: every file in it, and no file added or removed).
"""

from __future__ import annotations

import shutil
from dataclasses import dataclass
from pathlib import Path

import pytest

from tutor.notes.importers.run import import_files

REPO = Path(__file__).resolve().parent.parent
WEIMAR = REPO / "examples" / "weimar" / "notes.md"
GERMANY = "what did article 2 of the treaty of berlin say"


@dataclass(frozen=True)
class Row:
    args: tuple[str, ...]
    code: int
    out: tuple[str, ...] = ()        # each must appear on stdout
    err: tuple[str, ...] = ()        # each must appear on stderr
    stdin: str | bytes = ""
    keep: tuple[str, ...] = ()       # the user's files and folders: unchanged afterwards
    absent: tuple[str, ...] = ()     # must not exist afterwards
    not_out: tuple[str, ...] = ()    # must not appear on stdout
    then: tuple[str, ...] = ()       # a second command that must then succeed
    then_out: tuple[str, ...] = ()
    setup: str = ""                  # a named extra arrangement of the workspace


def workspace(root: Path, setup: str, data: Path) -> None:
    """The files a student might have lying about (names used by the rows)."""
    shutil.copy(WEIMAR, root / "notes.md")
    (root / "essay").mkdir()
    (root / "essay" / "essay.txt").write_text("My essay on Weimar, three weeks of work.\n")
    (root / "empty").mkdir()
    (root / "other.txt").write_text("a file that is not a folder\n")
    (root / "rule.md").write_text("---\ntitle: Rivers\n---\n# Rivers\n## \n- Erosion wears the banks away\n"
                                  "---\n## Deltas\n- Deltas form at the mouth\n")
    (root / "empty.md").write_text("")
    (root / "binary.md").write_bytes(b"\x89PNG\r\n\x1a\n\x00\x00\x00")
    (root / "latin.txt").write_bytes("caf\u00e9 notes\n".encode("latin-1"))
    (root / "bad.opml").write_text("<opml><body><outline text='a'></body>")
    (root / "bad-eval.yaml").write_text("- question: [unclosed\n")
    (root / "strict-eval.yaml").write_text("- question: what was the kapp putsch\n  expect: ['zzzz not there']\n")
    import_files([WEIMAR], root / "imported")
    if setup == "user-file-in-import":
        (root / "imported" / "my-glossary.yaml").write_text("mine\n")
    elif setup == "edited-import":
        topic = next((root / "imported" / "topics").glob("*.yaml"))
        topic.write_text(topic.read_text() + "# my own comment\n")
    elif setup == "deck-exists":
        (root / "notes.md.apkg").write_bytes(b"my own deck")
    elif setup == "default-gone":
        data.mkdir(parents=True, exist_ok=True)
        (data / "default-notes").write_text("gone\n")


ROWS = {
    # help, usage and mistyped options: the usage of the command they were given to
    "help": Row(("--help",), 0, out=("usage: tutor",)),
    "version": Row(("--version",), 0, out=("tutor ",)),
    "ask-help": Row(("ask", "--help"), 0, out=("usage: tutor ask",)),
    "unknown-command": Row(("quizz",), 2, err=("invalid choice",)),
    "ask-mistyped-option": Row(("ask", "--jsn", "hello"), 2, err=("usage: tutor ask", "--jsn")),
    "eval-min-pass-range": Row(("eval", "--min-pass", "7"), 2, err=("usage: tutor eval", "between 0 and 1")),
    "eval-mistyped-option": Row(("eval", "--sett", "x.yaml"), 2, err=("usage: tutor eval", "--sett")),
    "import-no-files": Row(("import", "--out", "x"), 2, err=("usage: tutor import",)),
    "notes-add-no-files": Row(("notes", "add"), 2, err=("usage: tutor notes add",)),
    "notes-list-mistyped": Row(("notes", "list", "--al"), 2, err=("usage: tutor notes list",)),
    "grade-no-answer": Row(("grade", "--why", "why"), 2, err=("usage: tutor grade", "--answer")),
    "ask-no-question": Row(("ask",), 2, err=("usage: tutor ask",)),
    # asking
    "ask": Row(("ask", GERMANY), 0, out=("neutral", "Notes ›")),
    "ask-json": Row(("ask", "--json", "who was stresseman"), 0, out=('"status": "answered"', '"read_as"')),
    "ask-out-of-scope": Row(("ask", "who won the 1966 world cup"), 0, out=("isn't in your notes",)),
    "ask-blank": Row(("ask", "   "), 0, out=("question",)),
    # --notes: one meaning before or after the command, never a silent fallback
    "notes-before-ask": Row(("--notes", "imported", "ask", "what was the new currency called"), 0,
                            out=("Rentenmark",)),
    "notes-after-ask": Row(("ask", "--notes", "imported", "what was the new currency called"), 0,
                           out=("Rentenmark",)),
    "notes-before-topics": Row(("--notes", "imported", "topics"), 0, out=("Hyperinflation",), not_out=("China",)),
    "notes-after-topics": Row(("topics", "--notes", "imported"), 0, out=("Hyperinflation",), not_out=("China",)),
    "notes-missing": Row(("--notes", "nowhere", "topics"), 2, err=("no such folder",)),
    "notes-missing-ask": Row(("ask", "--notes", "nowhere", "hello"), 2, err=("no such folder",)),
    "notes-missing-repl": Row(("--notes", "nowhere"), 2, stdin="hello\n", err=("no such folder",)),
    "notes-is-a-file": Row(("--notes", "notes.md", "ask", "hello"), 2, err=("is a file", "tutor import")),
    "notes-not-knowledge": Row(("--notes", "essay", "topics"), 2, err=("not a knowledge folder",), keep=("essay",)),
    "notes-not-for-import": Row(("--notes", "imported", "import", "notes.md", "--out", "new"), 2,
                                err=("does not apply",), absent=("new",)),
    "eval-without-set": Row(("--notes", "imported", "eval"), 2, err=("eval.yaml",)),
    # import: writes only where it may, and what it writes always loads
    "import-new": Row(("import", "notes.md", "--out", "new"), 0, out=("Imported", "Try: tutor --notes"),
                      keep=("notes.md",), then=("--notes", "new", "topics"), then_out=("Hyperinflation",)),
    "import-nested-new": Row(("import", "notes.md", "--out", "a/b/c"), 0, out=("Imported",),
                             then=("--notes", "a/b/c", "topics"), then_out=("Hyperinflation",)),
    "import-empty-folder": Row(("import", "notes.md", "--out", "empty"), 0, out=("Imported",),
                               then=("--notes", "empty", "topics"), then_out=("Hyperinflation",)),
    "import-again": Row(("import", "notes.md", "--out", "imported"), 0, out=("Imported",),
                        then=("--notes", "imported", "topics"), then_out=("Hyperinflation",)),
    "import-over-essay": Row(("import", "notes.md", "--out", "essay"), 2, err=("did not write",), keep=("essay",)),
    "import-over-notes-file": Row(("import", "notes.md", "--out", "notes.md"), 2, err=("notes files",),
                                  keep=("notes.md",)),
    "import-into-cwd": Row(("import", "notes.md", "--out", "."), 2, err=("notes files",), keep=("notes.md",)),
    "import-over-a-file": Row(("import", "notes.md", "--out", "other.txt"), 2, err=("is a file",),
                              keep=("other.txt",)),
    "import-user-file-inside": Row(("import", "notes.md", "--out", "imported"), 2, err=("my-glossary.yaml",),
                                   keep=("imported",), setup="user-file-in-import"),
    "import-edited-inside": Row(("import", "notes.md", "--out", "imported"), 2, err=("changed",),
                                keep=("imported",), setup="edited-import"),
    "import-rules-and-empty-heading": Row(("import", "rule.md", "--out", "rivers"), 0, out=("Imported",),
                                          then=("--notes", "rivers", "ask", "how do deltas form"),
                                          then_out=("mouth",)),
    "import-empty-file": Row(("import", "empty.md", "--out", "new"), 2, err=("empty.md", "empty"), absent=("new",)),
    "import-binary": Row(("import", "binary.md", "--out", "new"), 2, err=("binary",), absent=("new",)),
    "import-latin1": Row(("import", "latin.txt", "--out", "new"), 2, err=("not UTF-8",), absent=("new",)),
    "import-missing-file": Row(("import", "nothing.md", "--out", "new"), 2, err=("nothing.md",), absent=("new",)),
    "import-a-folder": Row(("import", "essay", "--out", "new"), 2, err=("is a folder",), keep=("essay",)),
    "import-bad-xml": Row(("import", "bad.opml", "--out", "new"), 2, err=("not well-formed",), absent=("new",)),
    "import-failure-keeps-old": Row(("import", "notes.md", "bad.opml", "--out", "imported"), 2,
                                    err=("bad.opml",), keep=("imported",)),
    # notes kept in the data folder
    "notes-add": Row(("notes", "add", "notes.md", "--name", "weimar"), 0, out=("now your default",),
                     then=("ask", "what was the new currency called"), then_out=("Rentenmark",)),
    "notes-add-bad-name": Row(("notes", "add", "notes.md", "--name", "../escape"), 2, err=("letters, digits",),
                              absent=("escape",)),
    "notes-use-unknown": Row(("notes", "use", "nowhere"), 2, err=("no such notes",)),
    "notes-use-bundled": Row(("notes", "use", "bundled"), 0, out=("bundled",)),
    "notes-list": Row(("notes", "list"), 0, out=("* bundled",)),
    "default-gone": Row(("topics",), 2, err=("missing",), setup="default-gone"),
    "default-gone-listed": Row(("notes", "list"), 0, out=("gone", "missing"), setup="default-gone"),
    # practice, grading, progress
    "explain-unknown-topic": Row(("explain", "volcanoes"), 2, err=("no topic 'volcanoes'", "China")),
    "explain-unanswered": Row(("explain", "china"), 0, out=("Why did Stalin back the GMD",),
                              then=("progress",), then_out=("not tried yet",)),
    "explain-answered": Row(("explain", "china"), 0, stdin="the ccp was too weak to take control\nstop\n",
                            out=("Summary",), then=("progress",), then_out=("1 try,",)),
    "grade-no-match": Row(("grade", "--why", "stalin", "--answer", "x"), 2, err=("no why-question",)),
    "grade": Row(("grade", "--why", "why did stalin back the gmd", "--answer", "the ccp was too weak"), 0,
                 out=("points",)),
    "progress-empty": Row(("progress",), 0, out=("not tried yet",)),
    "progress-json": Row(("explain", "china"), 0, stdin="the ccp was too weak to take control\nstop\n",
                         out=("Summary",), then=("progress", "--json"), then_out=('"weakest_point"', '"unaided": 1')),
    "progress-over-time": Row((), 0, stdin="/explain china\nthe ccp was too weak to take control\nstop\n"
                                           "/explain china\nthe ccp was too weak, an unstable china would be a threat"
                                           "\nstop\n/quit\n",
                              out=("Summary",), then=("progress",), then_out=("1/3 → 2/3", "weakest point:")),
    "export-anki": Row(("export", "--anki", "deck.apkg"), 0, out=("Wrote 9 cards",),
                       then=("export", "--anki", "deck.apkg", "--force"), then_out=("Wrote 9 cards",)),
    "export-anki-exists": Row(("export", "--anki", "notes.md.apkg"), 2, err=("already exists", "--force"),
                              keep=("notes.md.apkg",), setup="deck-exists"),
    "export-anki-force": Row(("export", "--anki", "notes.md.apkg", "--force"), 0, out=("Wrote 9 cards",),
                             setup="deck-exists"),
    "export-not-apkg": Row(("export", "--anki", "deck.txt"), 2, err=("ends in .apkg",), absent=("deck.txt",)),
    "export-no-folder": Row(("export", "--anki", "nowhere/deck.apkg"), 2, err=("does not exist",)),
    "export-imported": Row(("--notes", "imported", "export", "--anki", "weimar.apkg"), 0, out=("Wrote",)),
    "lines-slash-commands": Row((), 0, stdin="/topics\n/explain china\n/quit\n",
                                out=("Your notes cover:", "Why did Stalin back the GMD", "Goodbye")),
    "lines-unknown-slash": Row((), 0, stdin="/nonsense\nquit\n", err=("unknown command /nonsense",)),
    # the session without a terminal, and evaluation sets
    "lines": Row((), 0, stdin=f"{GERMANY}\nquit\n", out=("neutral",)),
    "lines-bad-bytes": Row((), 0, stdin=b"caf\xe9 \xff\xfe?\nquit\n", out=("Goodbye",)),
    "lines-help-names-these-notes": Row(("--notes", "imported"), 0, stdin="help\n", out=("Weimar",),
                                        not_out=("Stalin",)),
    "lines-empty-stdin": Row((), 0),
    "eval-bad-yaml": Row(("eval", "--set", "bad-eval.yaml"), 2, err=("bad-eval.yaml:",)),
    "eval-missing-set": Row(("eval", "--set", "none.yaml"), 2, err=("none.yaml",)),
    "eval-below-min-pass": Row(("--notes", "imported", "eval", "--set", "strict-eval.yaml", "--min-pass", "1"), 1,
                               out=("below --min-pass",)),
}


def _snapshot(path: Path):
    if path.is_dir():
        return {p.relative_to(path).as_posix(): p.read_bytes() for p in sorted(path.rglob("*")) if p.is_file()}
    return path.read_bytes()


def test_the_table_is_large_enough():
    assert len(ROWS) >= 50


@pytest.mark.parametrize("name", ROWS)
def test_cli_contract(name, tmp_path, run_cli, cli_env):
    row = ROWS[name]
    root = tmp_path / "work"
    root.mkdir()
    workspace(root, row.setup, Path(cli_env["XDG_DATA_HOME"]) / "tutor")
    before = {k: _snapshot(root / k) for k in row.keep}
    result = run_cli(*row.args, stdin=row.stdin, cwd=root)
    said = f"stdout: {result.stdout!r}\nstderr: {result.stderr!r}"
    assert "Traceback" not in result.stdout + result.stderr, said
    assert result.returncode == row.code, said
    for text in row.out:
        assert text in result.stdout, said
    for text in row.not_out:
        assert text not in result.stdout, said
    for text in row.err:
        assert text in result.stderr, said
    if row.code == 2:  # one line saying what is wrong (after the command's usage, for a usage error)
        lines = result.stderr.strip().splitlines()
        assert [n for n, line in enumerate(lines) if "error:" in line] == [len(lines) - 1], said
        assert len(lines) == 1 or lines[0].startswith("usage: tutor"), said
    for key, content in before.items():
        assert _snapshot(root / key) == content, f"{key} was changed"
    for key in row.absent:
        assert not (root / key).exists(), f"{key} was written"
    assert not list(root.glob(".*tutor-import*")), "a staging folder was left behind"
    if row.then:
        after = run_cli(*row.then, cwd=root)
        assert after.returncode == 0 and "Traceback" not in after.stderr, after.stderr
        for text in row.then_out:
            assert text in after.stdout, after.stdout
