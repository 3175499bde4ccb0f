"""`pip install .` (not editable) ships the notes, glossary and intents inside
the wheel: the installed tutor answers from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_install_answers_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("tutor-*.whl"))
    env_dir = tmp_path / "venv"
    # The runtime dependencies are already installed where the tests run; the
    # venv sees them, but tutor itself comes only from the wheel.
    venv.EnvBuilder(with_pip=True, system_site_packages=True).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    install = subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", "--no-deps", str(wheel)],
                             capture_output=True, text=True, timeout=600)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    env = {k: v for k, v in os.environ.items() if k != "PYTHONPATH"}
    env["NO_COLOR"] = "1"
    where = subprocess.run([str(bindir / "python"), "-c", "import tutor, tutor.paths as p; print(tutor.__file__); "
                            "print(p.bundled('knowledge'))"], cwd=elsewhere, env=env, capture_output=True, text=True)
    module_file, knowledge = where.stdout.split()
    assert str(env_dir) in module_file, "tutor was not imported from the wheel"
    assert knowledge.endswith(os.path.join("_bundled", "knowledge"))
    result = subprocess.run([str(bindir / "tutor"), "ask", "what did article 3 say"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "boycott" in result.stdout and "lines 32-33" in result.stdout
    topics = subprocess.run([str(bindir / "tutor"), "topics"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert "China" in topics.stdout
