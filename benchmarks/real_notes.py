"""Real students' notes nobody here tuned for: the tutor against BM25 and MiniLM.

Each folder under benchmarks/real_notes/ holds one set of notes copied byte for
byte from a public repository (SOURCE.yaml says where from, and its licence)
and an evaluation set written blind by a helper who saw only the notes, split
before anything was run into eval_tune.yaml and eval_test.yaml. For each set
the notes are imported with `tutor import`, and every item is asked of the
tutor in a fresh conversation. The peers rank the same imported fragments and
answer with their top one (declining below a threshold fitted on the tuning
half). Printed per set: the share of answerable questions answered rightly,
the share of out-of-scope questions declined (recall), and the share of
answerable questions wrongly declined.

    python benchmarks/real_notes.py                  # the test half, tutor and both peers
    python benchmarks/real_notes.py --half tune --failures
    python benchmarks/real_notes.py --peers none --json
"""

from __future__ import annotations

import argparse
import json
import sys
import tempfile
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
SETS = Path(__file__).resolve().parent / "real_notes"
sys.path.insert(0, str(REPO))
sys.path.insert(0, str(Path(__file__).resolve().parent))

from peers import best_threshold, load_peers  # noqa: E402

from tutor.dialogue.state import ConversationState  # noqa: E402
from tutor.engine import Tutor  # noqa: E402
from tutor.evaluation import judge, load_eval_set  # noqa: E402
from tutor.evaluation.runner import DECLINES  # noqa: E402
from tutor.notes.importers.run import import_files  # noqa: E402
from tutor.notes.loading import load_intents, load_knowledge  # noqa: E402
from tutor.settings import Settings  # noqa: E402
from tutor.storage import paths  # noqa: E402

ANSWERABLE = ("answer", "followup", "glossary")


def notes_files(folder: Path) -> list[Path]:
    return sorted(p for p in folder.iterdir()
                  if p.is_file() and p.name != "SOURCE.yaml" and not p.name.startswith("eval"))


def rates(rows: list[dict]) -> dict:
    """rows: {"kind", "right", "declined"} per item."""
    answerable = [r for r in rows if r["kind"] in ANSWERABLE]
    oos = [r for r in rows if r["kind"] == "out_of_scope"]
    return {"answers": _share([r["right"] for r in answerable]),
            "oos_recall": _share([r["declined"] for r in oos]),
            "false_declines": _share([r["declined"] for r in answerable]),
            "n": len(answerable), "n_oos": len(oos)}


def _share(flags: list[bool]) -> float:
    return round(sum(flags) / len(flags), 4) if flags else 0.0


def run_set(folder: Path, half: str, peer_names: tuple[str, ...], settings: Settings, failures: bool) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        import_files(notes_files(folder), Path(tmp) / "kb")
        kb = load_knowledge(Path(tmp) / "kb")
        tutor = Tutor(kb, load_intents(paths.bundled("intents")), settings=settings)
        items = {h: load_eval_set(folder / f"eval_{h}.yaml") for h in ("tune", "test")}
        result: dict = {"set": folder.name, "fragments": len(kb.fragments)}
        rows, wrong = [], []
        for item in items[half]:
            state = ConversationState()
            for earlier in item.after:
                tutor.respond(earlier, state)
            reply = tutor.respond(item.question, state)
            why = judge(item, reply)
            rows.append({"kind": item.kind, "right": not why, "declined": reply.status in DECLINES})
            if why and item.kind != "intent":
                wrong.append({"question": item.question, "kind": item.kind, "why": why, "status": reply.status,
                              "answer": reply.answer[:200]})
        result["tutor"] = rates(rows)
        result["intents"] = _share([r["right"] for r in rows if r["kind"] == "intent"])
        if failures:
            result["failures"] = wrong
        frags = list(kb.fragments)
        texts = [" ".join([f.text, *f.trail]) for f in frags]
        peers, missing = load_peers(texts, peer_names)
        result["missing"] = missing
        for peer in peers:
            scored = {}
            for h in ("tune", half):
                scored[h] = []
                for item in items[h]:
                    if item.kind not in ANSWERABLE + ("out_of_scope",):
                        continue
                    best, score = peer.top(item.question)
                    shown = texts[best].casefold()
                    ok = item.kind in ANSWERABLE and all(any(a.casefold() in shown for a in g) for g in item.expect)
                    scored[h].append((item.kind, score, ok))
            threshold = best_threshold([(s, ok, kind == "out_of_scope") for kind, s, ok in scored["tune"]])
            result[peer.name] = rates([{"kind": kind, "right": ok and s >= threshold, "declined": s < threshold}
                                       for kind, s, ok in scored[half]])
        return result


def table(results: list[dict], names: list[str]) -> str:
    head = f"{'set':<36}{'notes':>6}" + "".join(f"{n + ' ans/oos/fd':>24}" for n in names)
    lines = [head]
    for r in results:
        cells = "".join(f"{_cell(r.get(n)):>24}" for n in names)
        lines.append(f"{r['set']:<36}{r['fragments']:>6}{cells}")
    pooled = {n: _pool([r[n] for r in results if n in r]) for n in names}
    lines.append(f"{'all (pooled)':<36}{sum(r['fragments'] for r in results):>6}"
                 + "".join(f"{_cell(pooled[n]):>24}" for n in names))
    return "\n".join(lines)


def _pool(parts: list[dict]) -> dict | None:
    if not parts:
        return None
    n, n_oos = sum(p["n"] for p in parts), sum(p["n_oos"] for p in parts)
    return {"answers": sum(p["answers"] * p["n"] for p in parts) / n if n else 0.0,
            "oos_recall": sum(p["oos_recall"] * p["n_oos"] for p in parts) / n_oos if n_oos else 0.0,
            "false_declines": sum(p["false_declines"] * p["n"] for p in parts) / n if n else 0.0,
            "n": n, "n_oos": n_oos}


def _cell(r: dict | None) -> str:
    if not r:
        return "-"
    return f"{r['answers']:.0%} / {r['oos_recall']:.0%} / {r['false_declines']:.0%}"


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "test"), default="test", help="which half of each eval set")
    parser.add_argument("--sets", default="", help="comma-separated set names (default: all)")
    parser.add_argument("--root", default=str(SETS), help="the folder holding the sets (default: %(default)s)")
    parser.add_argument("--peers", default="bm25,minilm", help="bm25, minilm, both (comma-separated) or none")
    parser.add_argument("--failures", action="store_true", help="list the tutor's failures")
    parser.add_argument("--json", action="store_true", help="print every figure as JSON")
    args = parser.parse_args(argv)
    wanted = [s for s in args.sets.split(",") if s]
    folders = [f for f in sorted(Path(args.root).iterdir()) if f.is_dir() and (not wanted or f.name in wanted)]
    peer_names = tuple(p for p in args.peers.split(",") if p and p != "none")
    results = [run_set(f, args.half, peer_names, Settings(), args.failures) for f in folders]
    if args.json:
        print(json.dumps(results, indent=1))
        return 0
    names = ["tutor"] + [n for n in ("BM25", "MiniLM") if any(n in r for r in results)]
    print(f"half: {args.half}   cells: answered rightly / out of scope declined / answerable declined")
    print(table(results, names))
    for r in results:
        for line in r["missing"]:
            print(f"{r['set']}: {line}")
        for f in r.get("failures", []):
            print(f"  {r['set']} [{f['kind']}] {f['question']!r}: {f['why']}; got {f['status']}: {f['answer']!r}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
