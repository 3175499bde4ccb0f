"""Docs that cannot drift: every command, option and slash command is in the
README, every stage the README's "How it works" names is a module that exists,
and the README's two opening command lines are the ones CI runs."""

from __future__ import annotations

import re
from pathlib import Path

from tutor.terminal import slash
from tutor.terminal.cli import build_parser

REPO = Path(__file__).resolve().parent.parent
README = (REPO / "README.md").read_text(encoding="utf-8")


def _subcommands(parser):
    action = next(a for a in parser._actions if a.dest == "command")
    return action.choices


def test_every_command_is_in_the_readme():
    for name, command in _subcommands(build_parser()).items():
        assert f"tutor {name}" in README, name
        for action in command._actions:
            for option in action.option_strings:
                if option.startswith("--") and option != "--help":
                    assert option in README, f"tutor {name} {option}"


def test_every_slash_command_is_in_the_readme():
    for name in slash.names():
        assert name in README, name


def test_how_it_works_names_real_modules():
    section = README.split("## How it works", 1)[1].split("\n## ", 1)[0]
    named = re.findall(r"`(tutor(?:/\w+)+\.py)`", section)
    assert len(named) >= 8
    for path in named:
        assert (REPO / path).is_file(), path


def test_the_readme_opens_with_the_install_and_test_lines_ci_runs():
    first, second = README.split("```", 2)[1].strip().splitlines()[:2]
    assert first.endswith("pip install -e . && tutor")
    assert second.endswith("pip install -e '.[test]' && python -m pytest -q")
    ci = (REPO / ".ci" / "run").read_text()
    assert "pip install -q -e '.[test]'" in ci and "python -m pytest -q" in ci
