"""What each source of English knowledge is worth on real students' notes.

Runs the real-notes benchmark (benchmarks/real_notes.py, the tutor alone) once
for each variant, each in a process of its own with an empty cache (the index
cache is keyed by the tutor's code, not by what a variant changes at run time):

    full            everything as shipped
    no-related      WordNet's related words earn nothing (the sentence model's neighbours still do)
    no-neighbours   the sentence model's neighbour words earn nothing (Settings.neighbour_floor = 1)
    no-stemmer      the hand-written suffix stripper the tutor had before Snowball
                    and WordNet's irregular forms (kept below as the baseline)
    no-phrasal      no phrasal verbs from WordNet
    bundled-table   the bundled notes' own synonyms.yaml copied into every set
                    (a subject's table, tried on other subjects)

    python benchmarks/ablation.py                    # the test half, every variant
    python benchmarks/ablation.py --half tune --variants full,no-related
"""

from __future__ import annotations

import argparse
import os
import shutil
import subprocess
import sys
import tempfile
from dataclasses import replace
from pathlib import Path

REPO = Path(__file__).resolve().parent.parent
VARIANTS = ("full", "no-related", "no-neighbours", "no-stemmer", "no-phrasal", "bundled-table")

# The suffix stripper of the tutor before this round (tutor/textnorm.py at d6bf41c), word for word:
# the baseline the Snowball stemmer is measured against.
_OLD_SUFFIXES = (
    ("ational", "ate"), ("isation", "ise"), ("ations", "ate"), ("ation", "ate"),
    ("nesses", ""), ("ness", ""), ("ments", ""), ("ment", ""),
    ("ities", ""), ("ity", ""), ("ingly", ""), ("edly", ""), ("fully", ""), ("ful", ""),
    ("ing", ""), ("ied", "y"), ("ies", "y"), ("ed", ""), ("ly", ""),
    ("sses", "ss"), ("es", "e"), ("s", ""),
)


def old_stem(token: str) -> str:
    for suffix, repl in _OLD_SUFFIXES:
        if token.endswith(suffix) and len(token) - len(suffix) >= 3:
            if suffix == "s" and token.endswith(("ss", "us", "is")):
                return token
            token = token[: -len(suffix)] + repl
            break
    if token.endswith("e") and len(token) > 4:
        token = token[:-1]
    if len(token) > 4 and token[-1] == token[-2] and token[-1] not in "lsz":
        token = token[:-1]
    return token


def run_variant(variant: str, half: str) -> dict:
    """The pooled figures of one variant (in this process: call it in a fresh one)."""
    sys.path.insert(0, str(REPO))
    sys.path.insert(0, str(Path(__file__).resolve().parent))
    import real_notes  # noqa: PLC0415 - after the variant's patches, in its own process

    from tutor.settings import Settings  # noqa: PLC0415

    settings = Settings()
    if variant == "no-related":
        import tutor.search.corpus as corpus  # noqa: PLC0415

        corpus.related_stems = lambda *args: {}
    elif variant == "no-neighbours":
        settings = replace(settings, neighbour_floor=1.0)
    elif variant == "no-stemmer":
        import tutor.text.normalise as normalise  # noqa: PLC0415

        class _Old:
            @staticmethod
            def stemWord(word: str) -> str:  # noqa: N802 - PyStemmer's name
                return old_stem(word)

        normalise._snowball = lambda: _Old()
        normalise._irregular = lambda: {}
        normalise.stem.cache_clear()
    elif variant == "no-phrasal":
        import tutor.search.corpus as corpus  # noqa: PLC0415
        corpus.phrasal_verbs = lambda words, wordnet: {}
    elif variant == "bundled-table":
        plain = real_notes.import_files

        def with_table(files, out, *args, **kwargs):
            done = plain(files, out, *args, **kwargs)
            shutil.copy(REPO / "knowledge" / "synonyms.yaml", Path(out) / "synonyms.yaml")
            return done

        real_notes.import_files = with_table
    folders = sorted(p for p in real_notes.SETS.iterdir() if p.is_dir())
    results = [real_notes.run_set(folder, half, (), settings, False) for folder in folders]
    return real_notes._pool([r["tutor"] for r in results])


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--half", choices=("tune", "test"), default="test", help="which half of each eval set")
    parser.add_argument("--variants", default=",".join(VARIANTS), help="comma-separated, of: " + ", ".join(VARIANTS))
    parser.add_argument("--one", help=argparse.SUPPRESS)  # a single variant, in this process
    args = parser.parse_args(argv)
    if args.one:
        pooled = run_variant(args.one, args.half)
        print(f"{args.one:<16} answers {pooled['answers']:.1%}  out of scope declined {pooled['oos_recall']:.1%}"
              f"  false declines {pooled['false_declines']:.1%}", flush=True)
        return 0
    wanted = [v for v in args.variants.split(",") if v]
    unknown = [v for v in wanted if v not in VARIANTS]
    if unknown:
        parser.error(f"unknown variant {unknown[0]!r}")
    print(f"half: {args.half}, {len(list(p for p in (REPO / 'benchmarks' / 'real_notes').iterdir() if p.is_dir()))}"
          " sets, the tutor alone")
    for variant in wanted:
        with tempfile.TemporaryDirectory() as cache:
            env = dict(os.environ, XDG_CACHE_HOME=cache)
            subprocess.run([sys.executable, __file__, "--half", args.half, "--one", variant], env=env, check=True)
    return 0


if __name__ == "__main__":
    sys.exit(main())
