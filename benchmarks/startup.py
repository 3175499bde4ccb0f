"""How long `tutor ask` takes to answer, cold (no index cache) and warm, as a
ratio to importing scikit-learn's text module, measured in the same run.

    python benchmarks/startup.py [--runs N]

Ratios, not seconds, so the figure means the same on a busy shared machine.
The target for a warm start is 0.35 or less.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time

QUESTION = "what did article 2 of the treaty of berlin say"


def wall(command: list[str], env: dict[str, str]) -> float:
    start = time.perf_counter()
    subprocess.run(command, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL, check=True)
    return time.perf_counter() - start


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=7)
    args = parser.parse_args()
    # Both run from compiled bytecode, as an installed program does: pip compiles a package's
    # modules when it installs them, so scikit-learn's are compiled already. An editable checkout
    # on a machine that sets PYTHONDONTWRITEBYTECODE would otherwise compile the tutor's source
    # afresh on every start, and time that instead of the start.
    base = {k: v for k, v in os.environ.items() if k != "PYTHONDONTWRITEBYTECODE"} | {"NO_COLOR": "1"}
    ask = [sys.executable, "-m", "tutor", "ask", QUESTION]
    sklearn = [sys.executable, "-c", "import sklearn.feature_extraction.text"]
    with tempfile.TemporaryDirectory() as tmp:
        warm_env = dict(base, XDG_CACHE_HOME=os.path.join(tmp, "warm"), XDG_DATA_HOME=os.path.join(tmp, "data"))
        wall(ask, warm_env)  # fills the warm cache (and the bytecode)
        reference, cold, warm = [], [], []
        for run in range(args.runs):  # interleaved, so load on the machine hits all three alike
            reference.append(wall(sklearn, base))
            cold_env = dict(warm_env, XDG_CACHE_HOME=os.path.join(tmp, f"cold-{run}"))
            cold.append(wall(ask, cold_env))
            warm.append(wall(ask, warm_env))
    ref = statistics.median(reference)
    print(f"import sklearn.feature_extraction.text  median {ref:.3f} s  (the unit)")
    print(f"tutor ask, cold cache                   median {statistics.median(cold):.3f} s  "
          f"ratio {statistics.median(cold) / ref:.2f}")
    print(f"tutor ask, warm cache                   median {statistics.median(warm):.3f} s  "
          f"ratio {statistics.median(warm) / ref:.2f}  (target 0.35 or less)")


if __name__ == "__main__":
    main()
