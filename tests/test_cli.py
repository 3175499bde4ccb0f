"""The command line as a student uses it: help for every command, ask, topics."""

from __future__ import annotations

import json

import pytest

from tutor.terminal.cli import build_parser

COMMANDS = ["ask", "eval", "topics", "explain", "grade", "import", "notes", "progress", "export"]


def test_every_command_has_help_text():
    parser = build_parser()
    sub = next(a for a in parser._actions if a.dest == "command")
    assert set(sub.choices) == set(COMMANDS)
    for name, command in sub.choices.items():
        assert command.description, name
        assert next(a for a in sub._choices_actions if a.dest == name).help, name
        for action in command._actions:
            if action.dest == "notes_command":
                for sub_name, sub_command in action.choices.items():
                    assert sub_command.description, f"{name} {sub_name}"
            elif action.dest != "help":
                assert action.help, f"{name} {action.dest}"


@pytest.mark.parametrize("command", COMMANDS)
def test_help_runs(run_cli, command):
    result = run_cli(command, "--help")
    assert result.returncode == 0 and "usage: tutor" in result.stdout


def test_ask_prints_answer_source_and_followup(run_cli):
    result = run_cli("ask", "why", "did", "stalin", "back", "the", "gmd?")
    assert result.returncode == 0
    lines = result.stdout.splitlines()
    assert lines[0].startswith("Stalin backed a bourgeois revolution by the GMD")
    assert "  Notes › CHINA · line 18" in lines
    assert lines[-1].startswith("→ ") and lines[-1].endswith("?")
    assert "\033[" not in result.stdout  # not a terminal: no colour


def test_ask_json(run_cli):
    result = run_cli("ask", "--json", "who was stresseman")
    data = json.loads(result.stdout)
    assert data["status"] == "answered" and data["intent"] == "question"
    assert {s["kind"] for s in data["sources"]} == {"note", "glossary"}
    assert data["corrections"] == [{"typed": "stresseman", "read_as": "stresemann"}]
    out = json.loads(run_cli("ask", "--json", "who won the 1966 world cup").stdout)
    assert out["status"] == "out_of_scope" and out["sources"] == []


def test_topics_lists_every_topic(run_cli):
    out = run_cli("topics").stdout
    for title in ["China", "Germany and the Treaty of Berlin, 1926", "Changes in the Comintern",
                  "Stalin's style of government", "Propaganda and the beginning of the Stalin cult"]:
        assert title in out


def test_version_and_bad_arguments(run_cli):
    assert run_cli("--version").stdout.startswith("tutor ")
    bad = run_cli("eval", "--min-pass", "7")
    assert bad.returncode == 2 and "between 0 and 1" in bad.stderr


def test_colour_only_on_a_terminal_and_never_with_no_color():
    from tutor.dialogue.reply import Reply
    from tutor.terminal.render import format_reply, use_colour

    class FakeTTY:
        def isatty(self):
            return True

    reply = Reply("answered", "text", followups=("why?",))
    assert "\033[" in format_reply(reply, colour=True)
    assert "\033[" not in format_reply(reply, colour=False)
    import os

    saved = os.environ.pop("NO_COLOR", None)
    try:
        assert use_colour(FakeTTY())
        os.environ["NO_COLOR"] = "1"
        assert not use_colour(FakeTTY())
    finally:
        os.environ.pop("NO_COLOR", None)
        if saved is not None:
            os.environ["NO_COLOR"] = saved
