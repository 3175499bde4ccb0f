"""The interactive session, driven through a real pseudo-terminal.

These spawn `python -m tutor` under pexpect so the TTY check in the CLI, the
prompt_toolkit session, the key handling and the history file are all the real
ones. Timeouts are generous for a shared machine; every assertion is on what
the student would read, never on how long it took.
"""

from __future__ import annotations

import os
import re
import sys
from pathlib import Path

import pytest

pexpect = pytest.importorskip("pexpect")

TIMEOUT = 20
PROMPT = "tutor>"  # the trailing space is drawn with a cursor move, not a character
BERLIN = "what did article 2 of the treaty of berlin say"


def _env(tmp_path: Path, state_home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHONIO"))}
    dirs = {name: tmp_path / name.lower() for name in
            ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    for path in dirs.values():
        path.mkdir(exist_ok=True)
    env.update({name: str(path) for name, path in dirs.items()})
    if state_home is not None:
        env["XDG_STATE_HOME"] = str(state_home)
    env.update({"PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "TERM": "xterm"})
    return env


def _start(tmp_path: Path, state_home: Path | None = None):
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=_env(tmp_path, state_home),
                          cwd=str(tmp_path), timeout=TIMEOUT, encoding="utf-8",
                          codec_errors="replace", dimensions=(40, 120))
    child.expect(r"\d+ topics in your notes")
    child.expect_exact(PROMPT)
    return child


def _say(child, text: str) -> None:
    """Type a line and press Enter (a carriage return, as a real terminal sends)."""
    child.send(text + "\r")


def _finish(child) -> int:
    child.expect(pexpect.EOF)
    child.close()
    return child.exitstatus


@pytest.fixture
def session(tmp_path):
    child = _start(tmp_path)
    yield child
    if child.isalive():
        child.terminate(force=True)


def test_question_is_answered_from_the_notes(session):
    _say(session, BERLIN)
    session.expect("neutral")
    session.expect(r"Notes › .*BERLIN")
    session.expect_exact(PROMPT)


def test_follow_up_uses_the_conversation(session):
    _say(session, "why did stalin back the gmd")
    session.expect("bourgeois")
    session.expect_exact(PROMPT)
    _say(session, "why?")
    session.expect(["strong enough", "protecting the USSR"])


def test_toolbar_shows_the_topic_of_the_last_answer(session):
    session.expect(r"/help · /topics · /source · /quit\s+topic: \(none yet\)")
    _say(session, "why did stalin back the gmd")
    session.expect(r"topic: China")


def test_topics_command_lists_the_topics(session):
    _say(session, "/topics")
    session.expect_exact("Your notes cover:")
    session.expect(r"• China \(\d+ notes\)")


def test_help_command_explains_questions_and_commands(session):
    _say(session, "/help")
    session.expect("Ask me anything about your notes")
    session.expect(r"Commands: /help, /topics, /source, /explain \[topic\], /quit")


def test_source_command_quotes_the_notes_of_the_last_answer(session):
    _say(session, "why did stalin back the gmd")
    session.expect("bourgeois")
    session.expect_exact(PROMPT)
    _say(session, "/source")
    session.expect_exact("That came from:")
    session.expect(r"\d+ │ Stalin backed a bourgeoise? revolution")


def test_unknown_command_is_an_error_and_the_session_carries_on(session):
    _say(session, "/frobnicate")
    session.expect(r"error: unknown command /frobnicate; the commands are /help, /topics, /source")
    session.expect_exact(PROMPT)
    _say(session, BERLIN)
    session.expect("neutral")


def test_tab_completes_slash_commands(session):
    session.send("/to")
    session.expect_exact("what your notes cover")   # the completion menu's description
    session.send("\t")
    _say(session, "")
    session.expect_exact("Your notes cover:")


def test_ctrl_c_drops_the_line_and_the_session_carries_on(session, tmp_path):
    session.send(BERLIN)
    session.expect("berlin say")
    session.sendintr()
    session.expect_exact(PROMPT)
    _say(session, "/help")
    session.expect("Commands:")
    assert "neutral" not in session.before, "the interrupted question was answered"
    _say(session, "quit")
    assert _finish(session) == 0
    history = (tmp_path / "xdg_state_home" / "tutor" / "history").read_text(encoding="utf-8")
    assert "+/help" in history and BERLIN not in history


def test_ctrl_d_says_goodbye_and_exits_cleanly(session):
    session.send("\x04")
    session.expect("Goodbye")
    assert _finish(session) == 0


def test_quit_says_goodbye_and_exits_cleanly(session):
    _say(session, "quit")
    session.expect("Goodbye")
    assert _finish(session) == 0


def test_bye_leaves_through_the_same_single_goodbye(session):
    _say(session, "bye")
    session.expect(pexpect.EOF)
    output = session.before
    session.close()
    assert session.exitstatus == 0
    assert len(re.findall("Goodbye", output)) == 1, output


def test_history_file_keeps_the_questions_typed(tmp_path):
    child = _start(tmp_path)
    _say(child, BERLIN)
    child.expect("neutral")
    child.expect_exact(PROMPT)
    _say(child, "/quit")
    child.expect("Goodbye")
    assert _finish(child) == 0
    history = tmp_path / "xdg_state_home" / "tutor" / "history"
    assert history.is_file()
    assert f"+{BERLIN}\n" in history.read_text(encoding="utf-8")


def test_history_is_offered_back_in_the_next_session(tmp_path):
    first = _start(tmp_path)
    _say(first, BERLIN)
    first.expect("neutral")
    first.expect_exact(PROMPT)
    _say(first, "quit")
    assert _finish(first) == 0
    second = _start(tmp_path)
    second.send("\x1b[A")           # up arrow recalls the last line from the file
    _say(second, "")
    second.expect("neutral")
    _say(second, "quit")
    assert _finish(second) == 0


def test_unusable_state_dir_still_starts_and_answers(tmp_path):
    blocker = tmp_path / "not-a-dir"
    blocker.write_text("a file where the state folder should be\n")
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=_env(tmp_path, blocker),
                          cwd=str(tmp_path), timeout=TIMEOUT, encoding="utf-8",
                          codec_errors="replace", dimensions=(40, 120))
    child.expect(r"warning: cannot keep history in .*not-a-dir")
    child.expect(r"\d+ topics in your notes")
    child.expect_exact(PROMPT)
    _say(child, BERLIN)
    child.expect("neutral")
    child.expect_exact(PROMPT)
    _say(child, "quit")
    child.expect("Goodbye")
    assert _finish(child) == 0
    assert blocker.read_text() == "a file where the state folder should be\n"
