"""How the tutor copes with a large body of notes: index build time, cache load
time, peak memory and reply latency through respond(), for generated note sets
of 1,000, 10,000 and 100,000 fragments.

    python benchmarks/scale.py [--sizes 1000 10000 100000] [--queries 300]

Each size's notes are written by one process, built in a fresh one (the
one-off first start) and served from the saved index in another (every later
start), so each peak memory is the tutor's own. Targets at 100,000 fragments: reply p95 under 20 ms, cache load under
2 s, build under 60 s, peak memory under 1 GB.
"""

from __future__ import annotations

import argparse
import json
import random
import resource
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
PER_TOPIC = 40


def make_notes(folder: Path, n: int, seed: int = 7) -> list[str]:
    """A knowledge folder of n fragments: sentences drawn from everyday English and
    a stock of invented names, under topic headings and sub-headings."""
    sys.path.insert(0, str(REPO))
    from tutor.text.lexicon import ordinary_words

    rng = random.Random(seed)
    words = [w for w in sorted(ordinary_words())[:12000] if len(w) > 3]
    names = [f"{rng.choice('bcdfgklmnprstvz')}{rng.choice('aeiou')}{rng.choice('lmnrst')}"
             f"{rng.choice('aeiou')}{rng.choice('vkrsh')}{i}" for i in range(n // 20 + 10)]
    (folder / "topics").mkdir(parents=True)
    (folder / "sources").mkdir()
    lines: list[str] = []
    questions: list[str] = []
    topic_files = []
    for t in range(0, n, PER_TOPIC):
        heading_line = len(lines) + 1
        title = f"{rng.choice(names).upper()} {' '.join(rng.sample(words, 2)).upper()}"
        lines.append(title)
        sub_line = len(lines) + 1
        sub = f"Why did {rng.choice(names)} {rng.choice(words)}?"
        lines.append(sub)
        fragments = []
        for i in range(min(PER_TOPIC, n - t)):
            text = " ".join([rng.choice(names).capitalize(), *rng.sample(words, rng.randint(6, 14))])
            lines.append(text)
            trail = [title, sub] if i >= PER_TOPIC // 2 else [title]
            fragments.append({"id": f"t{t}-f{i}", "trail": trail, "lines": [len(lines)], "text": text})
            if rng.random() < 0.01:
                picked = text.split()
                questions.append(f"what about {picked[0]} and {' '.join(rng.sample(picked[1:], 2))}")
        topic_files.append({"topic": f"t{t}", "title": title.title(), "source": "sources/notes.txt",
                            "headings": [{"line": heading_line, "text": title}, {"line": sub_line, "text": sub}],
                            "fragments": fragments})
    (folder / "sources" / "notes.txt").write_text("\n".join(lines) + "\n")
    import yaml

    for topic in topic_files:
        (folder / "topics" / f"{topic['topic']}.yaml").write_text(yaml.safe_dump(topic, sort_keys=False))
    return questions + ["who won the world cup in 1966", "qwxz plorb", "tell me more", "why?"]


def _peak_mb() -> int:
    return round(resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024)


def generate(n: int, workdir: Path) -> dict:
    """Write the notes and the questions to ask of them (a process of its own, so
    its memory is not counted as the tutor's)."""
    questions = make_notes(workdir / "notes", n)
    (workdir / "questions.json").write_text(json.dumps(questions))
    return {"questions": len(questions)}


def build(workdir: Path) -> dict:
    """Fit and save the index of the notes (the one-off first start)."""
    sys.path.insert(0, str(REPO))
    from tutor.cache import load_tutor
    from tutor.storage import paths

    start = time.perf_counter()
    load_tutor(workdir / "notes", paths.bundled("intents"), folder=workdir / "cache")
    return {"build_s": round(time.perf_counter() - start, 2), "build_peak_mb": _peak_mb(),
            "cache_mb": round(sum(p.stat().st_size for p in (workdir / "cache").iterdir()) / 2**20)}


def serve(workdir: Path, queries: int) -> dict:
    """Load the saved index (every later start) and answer questions through respond()."""
    sys.path.insert(0, str(REPO))
    from tutor.cache import load_tutor
    from tutor.dialogue.state import ConversationState
    from tutor.storage import paths

    warnings: list[str] = []
    start = time.perf_counter()
    tutor = load_tutor(workdir / "notes", paths.bundled("intents"), folder=workdir / "cache", warnings=warnings)
    load = time.perf_counter() - start
    questions = json.loads((workdir / "questions.json").read_text())
    rng = random.Random(1)
    times = []
    state = ConversationState()
    for _ in range(queries):
        question = rng.choice(questions)
        t0 = time.perf_counter()
        tutor.respond(question, state)
        times.append((time.perf_counter() - t0) * 1000)
    times.sort()
    return {"cache_load_s": round(load, 3), "reply_p50_ms": round(statistics.median(times), 2),
            "reply_p95_ms": round(times[int(0.95 * (len(times) - 1))], 2), "serve_peak_mb": _peak_mb(),
            "warnings": warnings}


def _child(*args: str) -> dict:
    out = subprocess.run([sys.executable, __file__, *args], capture_output=True, text=True, check=True)
    return json.loads(out.stdout.strip().splitlines()[-1])


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--queries", type=int, default=300)
    parser.add_argument("--generate", type=int, help=argparse.SUPPRESS)
    parser.add_argument("--build", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--serve", action="store_true", help=argparse.SUPPRESS)
    parser.add_argument("--workdir", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.generate:
        print(json.dumps(generate(args.generate, args.workdir)))
        return
    if args.build:
        print(json.dumps(build(args.workdir)))
        return
    if args.serve:
        print(json.dumps(serve(args.workdir, args.queries)))
        return
    print(f"{'fragments':>10} {'build s':>8} {'build MB':>9} {'load s':>7} {'p50 ms':>7} {'p95 ms':>7} "
          f"{'serve MB':>9} {'cache MB':>9}")
    for n in args.sizes:
        with tempfile.TemporaryDirectory() as tmp:
            _child("--generate", str(n), "--workdir", tmp)
            b = _child("--build", "--workdir", tmp)
            r = _child("--serve", "--workdir", tmp, "--queries", str(args.queries))
        print(f"{n:>10} {b['build_s']:>8} {b['build_peak_mb']:>9} {r['cache_load_s']:>7} {r['reply_p50_ms']:>7} "
              f"{r['reply_p95_ms']:>7} {r['serve_peak_mb']:>9} {b['cache_mb']:>9}"
              + (f"  warnings: {r['warnings']}" if r["warnings"] else ""))


if __name__ == "__main__":
    main()
