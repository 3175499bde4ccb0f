"""`pip install` of the built wheel, into a virtual environment of its own that
sees nothing installed elsewhere, gives a working tutor: the dependencies
pyproject declares are all it needs, and the notes, glossary and intents ship
inside the wheel, so the installed tutor answers from any folder."""

from __future__ import annotations

import os
import subprocess
import sys
import venv
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent


def test_wheel_installs_with_its_dependencies_and_answers_from_another_folder(tmp_path):
    wheels = tmp_path / "wheels"
    build = subprocess.run([sys.executable, "-m", "pip", "wheel", "--no-deps", "-q", "-w", str(wheels), str(REPO)],
                           capture_output=True, text=True, timeout=600)
    assert build.returncode == 0, build.stderr
    wheel = next(wheels.glob("tutor-*.whl"))
    env_dir = tmp_path / "venv"
    # No system site-packages: whatever the wheel needs, pip must install from its declared dependencies.
    venv.EnvBuilder(with_pip=True, system_site_packages=False).create(env_dir)
    bindir = env_dir / ("Scripts" if os.name == "nt" else "bin")
    env = {k: v for k, v in os.environ.items() if k not in ("PYTHONPATH", "PYTHONHOME", "VIRTUAL_ENV")}
    env["NO_COLOR"] = "1"
    for var in ("XDG_STATE_HOME", "XDG_DATA_HOME", "XDG_CACHE_HOME", "XDG_CONFIG_HOME"):
        env[var] = str(tmp_path / var.lower())
    install = subprocess.run([str(bindir / "python"), "-m", "pip", "install", "-q", str(wheel)],
                             capture_output=True, text=True, timeout=900, env=env)
    assert install.returncode == 0, install.stderr
    elsewhere = tmp_path / "elsewhere"
    elsewhere.mkdir()
    probe = "import tutor, tutor.storage.paths as p; print(tutor.__file__); print(p.bundled('knowledge'))"
    where = subprocess.run([str(bindir / "python"), "-c", probe], cwd=elsewhere, env=env,
                           capture_output=True, text=True)
    module_file, knowledge = where.stdout.split()
    assert str(env_dir) in module_file, "tutor was not imported from the wheel"
    assert knowledge.endswith(os.path.join("_bundled", "knowledge"))
    result = subprocess.run([str(bindir / "tutor"), "ask", "what did article 3 say"], cwd=elsewhere, env=env,
                            capture_output=True, text=True, timeout=120)
    assert result.returncode == 0, result.stderr
    assert "boycott" in result.stdout and "lines 32-33" in result.stdout
    topics = subprocess.run([str(bindir / "tutor"), "topics"], cwd=elsewhere, env=env, capture_output=True, text=True)
    assert "China" in topics.stdout
