"""The non-interactive session: `tutor` with stdin piped, as scripts use it."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

TIMEOUT = 60
REPO = Path(__file__).resolve().parent.parent


def _run(data: bytes, tmp_path, **extra_env) -> subprocess.CompletedProcess:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("XDG_", "PYTHONIO"))}
    for name in ("XDG_STATE_HOME", "XDG_CONFIG_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME"):
        env[name] = str(tmp_path / name.lower())
    env.update({"NO_COLOR": "1", "PYTHONPATH": str(REPO) + os.pathsep + env.get("PYTHONPATH", ""),
                **extra_env})
    return subprocess.run([sys.executable, "-m", "tutor"], input=data, capture_output=True,
                          env=env, cwd=str(tmp_path), timeout=TIMEOUT)


def test_each_line_is_answered_in_turn_until_bye(tmp_path):
    script = "why did stalin back the gmd\nwhere is that from?\nbye\nnever answered\n"
    done = _run(script.encode(), tmp_path)
    assert done.returncode == 0, done.stderr
    out = done.stdout.decode("utf-8")
    turns = out.rstrip("\n").split("\n\n")
    assert len(turns) == 3, out
    answer, source, goodbye = turns
    assert "bourgeois revolution by the GMD" in answer
    assert re.search(r"Notes › CHINA · lines? \d+", answer)
    assert source.startswith("That came from:")
    assert re.search(r"^\s+\d+ │ Stalin backed a bourgeoise? revolution", source, re.M)
    assert goodbye.startswith("Goodbye")
    assert "\x1b[" not in out, "NO_COLOR output must be plain text"
    assert not (tmp_path / "xdg_state_home").exists(), "line mode keeps no history"


def test_follow_up_in_line_mode_uses_the_conversation(tmp_path):
    done = _run(b"why did stalin back the gmd\nwhy?\n", tmp_path)
    assert done.returncode == 0, done.stderr
    second = done.stdout.decode("utf-8").split("\n\n")[1]
    assert "strong enough" in second or "protecting the USSR" in second


def test_invalid_utf8_input_does_not_crash(tmp_path):
    # PYTHONIOENCODING makes stdin strict UTF-8, as on a normal UTF-8 desktop locale.
    data = b"why did stalin \xff\xfe back the gmd\n\xc3\x28\xa0\nbye\n"
    done = _run(data, tmp_path, PYTHONIOENCODING="utf-8")
    assert b"Traceback" not in done.stderr, done.stderr.decode("utf-8", "replace")
    assert done.returncode == 0
    out = done.stdout.decode("utf-8")
    assert "bourgeois revolution by the GMD" in out
    assert out.rstrip().endswith("Goodbye, and good luck with your revision!")


def test_output_that_the_terminal_cannot_encode_is_replaced_not_fatal(tmp_path):
    done = _run(b"why did stalin back the gmd\n", tmp_path, PYTHONIOENCODING="ascii")
    assert b"Traceback" not in done.stderr, done.stderr.decode("ascii", "replace")
    assert done.returncode == 0
    assert b"Notes ? CHINA" in done.stdout


def test_blank_and_empty_input_prints_nothing(tmp_path):
    done = _run(b"\n   \n", tmp_path)
    assert done.returncode == 0
    assert done.stdout == b""
    done = _run(b"", tmp_path)
    assert done.returncode == 0 and done.stdout == b""
