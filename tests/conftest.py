"""Shared fixtures: one Tutor over the bundled notes (building it is the slow
part), and an environment whose XDG folders point into a temporary directory
so no test touches the real home folder."""

from __future__ import annotations

import os
import sys
from pathlib import Path

import pytest

from tutor.dialogue.state import ConversationState
from tutor.engine import Tutor
from tutor.storage import paths

REPO = Path(__file__).resolve().parent.parent


def pytest_configure(config):
    """One index cache for the whole run, so the CLI tests start warm (the cache's
    own tests use folders of their own)."""
    import tempfile

    os.environ.setdefault("TUTOR_TEST_CACHE", tempfile.mkdtemp(prefix="tutor-test-cache-"))


@pytest.fixture(scope="session")
def tutor() -> Tutor:
    knowledge = paths.bundled("knowledge")
    return Tutor.from_folders(knowledge, paths.intents_for(knowledge))


@pytest.fixture
def state() -> ConversationState:
    return ConversationState()


@pytest.fixture
def ask(tutor, state):
    """Ask in one running conversation: ask("q1"); ask("q2") shares the state."""
    return lambda text: tutor.respond(text, state)


@pytest.fixture
def cli_env(tmp_path) -> dict[str, str]:
    env = dict(os.environ)
    for var in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[var] = str(tmp_path / var.lower())
    env["NO_COLOR"] = "1"
    env["XDG_CACHE_HOME"] = os.environ["TUTOR_TEST_CACHE"]
    env["PYTHONPATH"] = str(REPO) + os.pathsep + env.get("PYTHONPATH", "")
    return env


@pytest.fixture
def run_cli(cli_env, tmp_path):
    """Run `python -m tutor ARGS` as a student would, from a folder outside the repo."""
    import subprocess

    def run(*args: str, stdin: str | bytes | None = None, env: dict | None = None, cwd: Path | None = None):
        result = subprocess.run([sys.executable, "-m", "tutor", *args], input=stdin, capture_output=True,
                                text=not isinstance(stdin, bytes), cwd=cwd or tmp_path, env=env or cli_env,
                                timeout=120)
        if isinstance(stdin, bytes):  # read back as text, as a terminal would show it
            result.stdout = result.stdout.decode("utf-8", "replace")
            result.stderr = result.stderr.decode("utf-8", "replace")
        return result

    return run
