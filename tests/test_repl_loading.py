"""The REPL while the notes load, and several lines pasted at once, through a
real pseudo-terminal (see tests/test_repl.py for the helpers' reasons)."""

from __future__ import annotations

import sys

import pytest
from test_repl import PROMPT, TIMEOUT, _env, _finish, _say, _start

pexpect = pytest.importorskip("pexpect")
pyte = pytest.importorskip("pyte")


def test_toolbar_changes_by_itself_when_the_notes_have_loaded(tmp_path):
    """A cold start (no index cached) shows the prompt while the notes load; the
    toolbar must say so, then change with no key pressed once they are in."""
    env = _env(tmp_path)
    env["XDG_CACHE_HOME"] = str(tmp_path / "cold-cache")  # nothing built yet: loading takes a while
    del env["PROMPT_TOOLKIT_NO_CPR"]  # the toolbar is drawn once the cursor position is known
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=env, cwd=str(tmp_path), timeout=TIMEOUT,
                          encoding="utf-8", codec_errors="replace", dimensions=(40, 120))
    screen = pyte.Screen(120, 40)
    stream = pyte.Stream(screen)

    def bottom_line(wanted: str) -> bool:
        """Read what the program drew until the screen's last line shows `wanted`."""
        for _ in range(400):
            try:
                stream.feed(child.read_nonblocking(4096, timeout=0.1))
            except pexpect.TIMEOUT:
                pass
            if wanted in screen.display[-1]:
                return True
        return False

    try:
        child.expect("your notes are loading")
        stream.feed(child.before + child.after)
        child.expect_exact("\x1b[6n")
        stream.feed(child.before + child.after)
        child.send("\x1b[3;1R")
        assert bottom_line("loading your notes"), screen.display[-1]
        assert bottom_line("topic: (none yet)"), screen.display[-1]  # redrawn with no key pressed
    finally:
        child.terminate(force=True)


def test_lines_pasted_together_are_each_answered(tmp_path):
    child = _start(tmp_path)
    child.send("\x1b[200~what did article 2 of the treaty of berlin say\nwho was stresseman\x1b[201~")
    _say(child, "")
    child.expect("neutral")
    child.expect("Stresemann")
    child.expect_exact(PROMPT)
    _say(child, "quit")
    assert _finish(child) == 0


def test_ctrl_d_before_answering_records_no_attempt(tmp_path):
    child = _start(tmp_path)
    _say(child, "test me on china")
    child.expect("Why did Stalin back the GMD")
    child.expect_exact(PROMPT)
    child.send("\x04")
    child.expect("Goodbye")
    assert _finish(child) == 0
    assert not list((tmp_path / "xdg_data_home").rglob("progress*.json"))
