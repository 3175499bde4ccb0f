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
REPO = Path(__file__).resolve().parent.parent
BERLIN = "what did article 2 of the treaty of berlin say"


def _env(tmp_path: Path, state_home: Path | None = None) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHONIO"))}
    dirs = {name: tmp_path / name.lower() for name in
            ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME")}
    for path in dirs.values():
        path.mkdir(exist_ok=True)
    env.update({name: str(path) for name, path in dirs.items()})
    if os.environ.get("TUTOR_TEST_CACHE"):  # one warm index cache for the whole run (see conftest)
        env["XDG_CACHE_HOME"] = os.environ["TUTOR_TEST_CACHE"]
    if state_home is not None:
        env["XDG_STATE_HOME"] = str(state_home)
    env.update({"PROMPT_TOOLKIT_NO_CPR": "1", "NO_COLOR": "1", "TERM": "xterm",
                "PYTHONPATH": str(REPO) + os.pathsep + env.get("PYTHONPATH", "")})
    return env


def _start(tmp_path: Path, state_home: Path | None = None):
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=_env(tmp_path, state_home),
                          cwd=str(tmp_path), timeout=TIMEOUT, encoding="utf-8",
                          codec_errors="replace", dimensions=(40, 120))
    child.expect(r"Tutor(: your notes are loading| for .*: \d+ topics in your notes)")
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


def test_toolbar_shows_the_topic_of_the_last_answer(tmp_path):
    """prompt_toolkit draws the bottom toolbar only once the terminal has told it
    where the cursor is, so this test leaves CPR on and answers the requests."""
    env = _env(tmp_path)
    del env["PROMPT_TOOLKIT_NO_CPR"]
    child = pexpect.spawn(sys.executable, ["-m", "tutor"], env=env, cwd=str(tmp_path), timeout=TIMEOUT,
                          encoding="utf-8", codec_errors="replace", dimensions=(40, 120))
    try:
        child.expect_exact("\x1b[6n")
        child.send("\x1b[3;1R")
        child.expect(r"/help · /topics · /source · /quit\s+topic: \(none yet\)")
        _say(child, "why did stalin back the gmd")
        child.expect("bourgeois")
        child.expect_exact("\x1b[6n")
        child.send("\x1b[12;1R")
        child.expect(r"/help · /topics · /source · /quit\s+topic: China")
    finally:
        child.terminate(force=True)


def test_topics_command_lists_the_topics(session):
    _say(session, "/topics")
    session.expect_exact("Your notes cover:")
    session.expect(r"• China \(\d+ notes\)")


def test_help_command_explains_questions_and_commands(session):
    _say(session, "/help")
    session.expect("Ask me anything about your notes")
    session.expect(r"Commands: /help, /topics, /source, /explain \[topic\], /progress, /quit")


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
    second.send("\x1b[A\x1b[A")     # up twice: past "quit" to the question, read from the file
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
    child.expect(r"Tutor(: your notes are loading| for .*: \d+ topics in your notes)")
    child.expect_exact(PROMPT)
    _say(child, BERLIN)
    child.expect("neutral")
    child.expect_exact(PROMPT)
    _say(child, "quit")
    child.expect("Goodbye")
    assert _finish(child) == 0
    assert blocker.read_text() == "a file where the state folder should be\n"


# --------------------------------------------------------------- in-process
# Faults the real CLI cannot be made to produce on demand (an engine bug, a
# Ctrl-C in the middle of answering) are injected into a real Tutor here, with
# prompt_toolkit reading keys from a pipe instead of a terminal.

@pytest.fixture(scope="module")
def real_tutor():
    from tutor.terminal.cli import load_tutor

    return load_tutor(None)


def _run_in_process(tutor, keys: str) -> int:
    from prompt_toolkit.application import create_app_session
    from prompt_toolkit.input import create_pipe_input
    from prompt_toolkit.output import DummyOutput

    from tutor.terminal.repl import run_repl

    with create_pipe_input() as pipe:
        pipe.send_text(keys)
        with create_app_session(input=pipe, output=DummyOutput()):
            return run_repl(tutor)


def test_engine_error_is_one_line_and_the_conversation_carries_on(real_tutor, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    respond = real_tutor.respond

    def flaky(text, state):
        if text == "break please":
            raise RuntimeError("index out of step\nwith the notes")
        if text == "stop that":
            raise KeyboardInterrupt
        return respond(text, state)

    monkeypatch.setattr(real_tutor, "respond", flaky)
    keys = "why did stalin back the gmd\rbreak please\rstop that\rwhy?\r/quit\r"
    assert _run_in_process(real_tutor, keys) == 0
    out, err = capsys.readouterr()
    assert "error: RuntimeError: index out of step with the notes\n" in err
    assert "(interrupted)" in out
    assert "bourgeois" in out
    assert "strong enough" in out or "protecting the USSR" in out, "the follow-up lost the conversation"
    assert out.count("Goodbye") == 1


def test_unknown_command_names_the_known_ones(real_tutor, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert _run_in_process(real_tutor, "/sauce\r/exit\r") == 0
    out, err = capsys.readouterr()
    assert err.strip().splitlines()[0] == (
        "error: unknown command /sauce; the commands are /help, /topics, /source, /explain, /progress, /quit, /exit")
    assert "Goodbye" in out


def test_explain_passes_the_topic_to_the_engine(real_tutor, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    asked = []
    respond = real_tutor.respond
    monkeypatch.setattr(real_tutor, "respond", lambda text, state: asked.append(text) or respond(text, state))
    assert _run_in_process(real_tutor, "/explain China\r/explain\r/quit\r") == 0
    assert asked == ["test me on China", "test me"]


def test_source_command_without_an_answer_says_so(real_tutor, monkeypatch, tmp_path, capsys):
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path))
    assert _run_in_process(real_tutor, "/source\r/quit\r") == 0
    assert "haven't told you anything yet" in capsys.readouterr().out


# --------------------------------------------------------------- completion

def _complete(text: str) -> list[str]:
    from prompt_toolkit.completion import CompleteEvent
    from prompt_toolkit.document import Document

    from tutor.terminal import slash
    from tutor.terminal.completion import SlashCompleter

    titles = ["China", "Germany and the Treaty of Berlin, 1926", "Changes in the Comintern"]
    completer = SlashCompleter(slash.completions(), titles)
    document = Document(text, len(text))
    return [document.text[:len(text) + c.start_position] + c.text
            for c in completer.get_completions(document, CompleteEvent(completion_requested=True))]


def test_completer_offers_slash_commands():
    assert _complete("/") == ["/help", "/topics", "/source", "/explain", "/progress", "/quit", "/exit"]
    assert _complete("/ex") == ["/explain", "/exit"]
    assert _complete("/TO") == ["/topics"]


def test_completer_offers_topic_titles_after_explain():
    assert _complete("/explain ch") == ["/explain China", "/explain Changes in the Comintern"]
    assert _complete("/explain treaty") == ["/explain Germany and the Treaty of Berlin, 1926"]
    assert _complete("/explain ") == ["/explain China", "/explain Germany and the Treaty of Berlin, 1926",
                                      "/explain Changes in the Comintern"]


def test_completer_stays_quiet_while_a_question_is_typed():
    assert _complete("why did stalin back the gmd") == []
    assert _complete("/topics ch") == []


def test_toolbar_names_the_topic_of_the_last_answer(real_tutor):
    from tutor.dialogue.state import ConversationState
    from tutor.terminal.toolbar import make_toolbar

    state = ConversationState()
    toolbar = make_toolbar(real_tutor, state)
    assert toolbar().strip() == "/help · /topics · /source · /quit   topic: (none yet)"
    real_tutor.respond("why did stalin back the gmd", state)
    assert toolbar().endswith("topic: China")
    real_tutor.respond("test me on china", state)
    assert toolbar().startswith(" explaining: 0/3 points")
    real_tutor.respond("the ccp was too weak", state)
    assert toolbar().startswith(" explaining: 1/3 points")


def test_explain_session_through_the_real_repl(session, tmp_path):
    """A whole explain-why session as a student types it: a partial answer, a hint,
    the prompt answered, a skip, the summary; and the progress it leaves on disk."""
    _say(session, "/explain china")
    session.expect("Why did Stalin back the GMD rather than the CCP in China")
    session.expect_exact(PROMPT)
    _say(session, "because the chinese communists were too weak")
    session.expect("Yes: Stalin did not think the CCP was strong enough")
    session.expect("Good - what else")
    session.expect_exact(PROMPT)
    _say(session, "hint")
    session.expect("Hint: What would a China in turmoil")
    session.expect_exact(PROMPT)
    _say(session, "no idea")
    session.expect(r"An unstable China = a ___ to the USSR\?")
    session.expect_exact(PROMPT)
    _say(session, "threat")
    session.expect("Yes: An unstable China would be a threat")
    session.expect_exact(PROMPT)
    _say(session, "skip")
    session.expect("Here's one: His overriding concern was protecting the USSR")
    session.expect(r"Summary: you made 2 of 3 points \(1 on your own, 1 with a hint or prompt\); I gave you 1\.")
    session.expect(r"✓ Stalin did not think the CCP was strong enough to take control\.  \(notes line 17\)")
    session.expect_exact(PROMPT)
    _say(session, "/progress")
    session.expect(r"Why did Stalin back the GMD rather than the CCP in China\? - last time 1/3 points")
    session.expect_exact(PROMPT)
    _say(session, "/quit")
    assert _finish(session) == 0
    saved = (tmp_path / "xdg_data_home" / "tutor" / "progress.json").read_text()
    assert '"why-back-gmd"' in saved and '"last_unaided": 1' in saved


def test_fair_coaching_through_the_real_repl(session):
    """The paths where a tutor could tell a student two opposite things: a gap filled
    with a word that is also a command, a point given and then restated, a point
    said the wrong way round, a claim the notes never make, and 'why?'."""
    _say(session, "/explain china")
    session.expect("Why did Stalin back the GMD rather than the CCP in China")
    session.expect_exact(PROMPT)
    _say(session, "i don't know")
    session.expect("Hint: Think about how strong Stalin judged the Chinese communists")  # no empty pump first
    session.expect_exact(PROMPT)
    _say(session, "hint")
    session.expect(r"Stalin did not think the CCP was strong ___ to take control\?")
    session.expect_exact(PROMPT)
    _say(session, "enough")  # fills the gap: not 'stop'
    session.expect("Yes: Stalin did not think the CCP was strong enough to take control")
    session.expect_exact(PROMPT)
    _say(session, "skip")
    session.expect(r"Here's one: An unstable China would be a threat to the USSR\. \(notes line 17\)")
    session.expect("(What else could explain it|Can you think of another reason)")  # no praise for my own answer
    session.expect_exact(PROMPT)
    _say(session, "an unstable china would be a threat to the ussr")
    session.expect("Yes, that's the point I gave you: An unstable China would be a threat")
    session.expect_exact(PROMPT)
    _say(session, "why?")
    session.expect(r"Your notes, lines 21-23: \"Stalin's policy towards China shows")
    session.expect_exact(PROMPT)
    _say(session, "because the GMD promised the USSR land in Manchuria")
    session.expect(r"Your notes don't say that \(\"the GMD promised the USSR land in Manchuria\"\)")
    session.expect_exact(PROMPT)
    _say(session, "stop")
    session.expect(r"~ Stalin did not think the CCP was strong enough to take control\..* - made with help")
    session.expect(r"· An unstable China would be a threat to the USSR\..* - missing \(given\)")
    session.expect_exact(PROMPT)
    _say(session, "/explain comintern")
    session.expect("Why did Stalin's foreign policy become more aggressive after 1929")
    session.expect_exact(PROMPT)
    _say(session, "it was a way to defend bukharin")
    session.expect("Careful - that's the wrong way round. Your notes say: It was a way to attack Bukharin")
    session.expect_exact(PROMPT)
    _say(session, "/quit")
    assert _finish(session) == 0
