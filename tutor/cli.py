"""The `tutor` command: the REPL by default, plus ask, eval and topics.

Every sub-command builds one Tutor and talks to it only through respond(),
so the command line, the REPL and the evaluation see the same engine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor import __version__, paths
from tutor.importers.outline import ImportProblem
from tutor.importers.run import FORMATS
from tutor.yamlsafe import DataFileError

EXIT_OK, EXIT_BELOW_MIN, EXIT_BAD_INPUT = 0, 1, 2


def _notes_option(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--notes", metavar="DIR", type=Path, default=None,
                        help="use the knowledge folder DIR instead of the bundled notes")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="An offline history tutor that answers from your own notes. "
                    "With no command it starts an interactive session.")
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    _notes_option(parser)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question and exit",
                         description="Answer one question from the notes and exit.")
    ask.add_argument("question", nargs="+", help="the question, in your own words")
    ask.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    _notes_option(ask)

    ev = sub.add_parser("eval", help="run an evaluation set and report how well the tutor answers",
                        description="Run an evaluation set through the tutor and report pass rates, "
                                    "out-of-scope precision and recall, false declines and latency.")
    ev.add_argument("--set", dest="set_file", metavar="FILE", type=Path, default=None,
                    help="evaluation set to run (default: the bundled knowledge/eval.yaml)")
    ev.add_argument("--json", action="store_true", help="print the report as one JSON object")
    ev.add_argument("--min-pass", metavar="RATE", type=float, default=None,
                    help="exit with status 1 when the overall pass rate is below RATE (0-1)")
    _notes_option(ev)

    topics = sub.add_parser("topics", help="list the topics the notes cover",
                            description="List the topics the notes cover.")
    _notes_option(topics)

    explain = sub.add_parser("explain", help="practise explaining: the tutor asks why, you explain",
                             description="Start an explain-why session: the tutor asks a why-question, reads "
                                         "your explanation and helps you to a complete answer.")
    explain.add_argument("topic", nargs="*", help="the topic to practise (default: your weakest)")
    _notes_option(explain)

    grade = sub.add_parser("grade", help="grade one explanation of a why-question",
                           description="Grade one explanation: which of the expected points it makes.")
    grade.add_argument("--why", required=True, metavar="QUESTION",
                       help="the why-question (matched to the closest one in the notes)")
    grade.add_argument("--answer", required=True, metavar="TEXT", help="the explanation to grade")
    grade.add_argument("--json", action="store_true", help="print the grade as one JSON object")
    _notes_option(grade)

    imp = sub.add_parser("import", help="turn your own notes into a knowledge folder the tutor answers from",
                         description="Import notes (Coggle text, Markdown, OPML, FreeMind .mm, plain text) into "
                                     "a knowledge folder; use it with --notes DIR.")
    imp.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the notes files to import")
    imp.add_argument("--out", required=True, type=Path, metavar="DIR", help="the knowledge folder to write")
    imp.add_argument("--format", choices=FORMATS, default="auto", help="the files' format (default: by name)")

    notes = sub.add_parser("notes", help="your imported notes: add, list, use",
                           description="Manage the notes kept in your data folder.")
    notes_sub = notes.add_subparsers(dest="notes_command", metavar="ACTION", required=True)
    add = notes_sub.add_parser("add", help="import notes into your data folder and make them the default",
                               description="Import notes into your data folder and make them the default.")
    add.add_argument("files", nargs="+", type=Path, metavar="FILE", help="the notes files to import")
    add.add_argument("--name", help="what to call them (default: the first file's name)")
    add.add_argument("--format", choices=FORMATS, default="auto", help="the files' format (default: by name)")
    notes_sub.add_parser("list", help="list your notes and which is the default",
                         description="List your notes and which is the default.")
    use = notes_sub.add_parser("use", help="make a set of notes the default ('bundled' for the built-in ones)",
                               description="Make a set of notes the default.")
    use.add_argument("name", help="a name from 'tutor notes list', or 'bundled'")

    progress = sub.add_parser("progress", help="show your progress on the why-questions, by topic",
                              description="Show your progress on the why-questions, by topic.")
    _notes_option(progress)
    return parser


def load_tutor(notes: Path | None, keep_progress: bool = False):
    from tutor.cache import load_tutor as load_cached
    from tutor.notes_library import default_notes
    from tutor.progress import ProgressStore

    knowledge = notes if notes is not None else (default_notes() or paths.bundled("knowledge"))
    progress = ProgressStore(paths.progress_file(knowledge)) if keep_progress else None
    warnings: list[str] = []
    tutor = load_cached(knowledge, paths.intents_for(knowledge), progress, warnings=warnings)
    for warning in warnings:
        print(f"tutor: warning: {warning}", file=sys.stderr)
    return tutor


def _ask(tutor, args) -> int:
    from tutor.render import format_reply, use_colour
    from tutor.state import ConversationState

    reply = tutor.respond(" ".join(args.question), ConversationState())
    if args.json:
        print(json.dumps(reply.to_dict(), ensure_ascii=False, indent=2))
    else:
        print(format_reply(reply, use_colour(sys.stdout)))
    return EXIT_OK


def _eval(tutor, args) -> int:
    from tutor.evaluation import evaluate, format_report, load_eval_set

    set_file = args.set_file or Path(tutor.kb.root) / "eval.yaml"
    items = load_eval_set(set_file)
    known = set(tutor.intents.intents) | {"question"}
    for item in items:
        if item.kind == "intent" and item.intent not in known:
            raise DataFileError(set_file, item.line, f"unknown intent {item.intent!r} (known: {', '.join(sorted(known))})")
    summary = evaluate(tutor, items)
    print(json.dumps(summary, ensure_ascii=False, indent=2) if args.json else format_report(summary))
    if args.min_pass is not None and summary["pass_rate"] < args.min_pass:
        if not args.json:
            print(f"pass rate {summary['pass_rate']:.1%} is below --min-pass {args.min_pass:.1%}")
        return EXIT_BELOW_MIN
    return EXIT_OK


def _topics(tutor, args) -> int:
    from tutor.intent_replies import topics_text

    print(topics_text(tutor))
    return EXIT_OK


def _session(tutor, args, first: str = "") -> int:
    if sys.stdin.isatty() and sys.stdout.isatty():
        from tutor.repl import run_repl

        return run_repl(tutor, first)
    from tutor.lines import run_lines

    return run_lines(tutor() if callable(tutor) else tutor, sys.stdin, sys.stdout, first)


def _explain(tutor, args) -> int:
    return _session(tutor, args, first=f"test me on {' '.join(args.topic)}".strip())


def _grade(tutor, args) -> int:
    from tutor.grade_report import grade_dict, format_grade

    grade = tutor.grade(args.why, args.answer)
    if grade is None:
        print("tutor: error: these notes have no why-questions", file=sys.stderr)
        return EXIT_BAD_INPUT
    print(json.dumps(grade_dict(tutor.kb, grade), ensure_ascii=False, indent=2) if args.json
          else format_grade(tutor.kb, grade))
    return EXIT_OK


def _progress(tutor, args) -> int:
    from tutor.grade_report import progress_text

    print(progress_text(tutor.kb, tutor.progress.load()))
    for warning in tutor.progress.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _import(args) -> int:
    from tutor.importers.run import import_files

    topics = import_files(args.files, args.out, args.format)
    count = sum(len(t.fragments) for t in topics)
    print(f"Imported {count} notes in {len(topics)} topics into {args.out}. Try: tutor --notes {args.out}")
    return EXIT_OK


def _notes(args) -> int:
    from tutor import notes_library

    print(notes_library.run(args))
    return EXIT_OK


COMMANDS = {"ask": _ask, "eval": _eval, "topics": _topics, "explain": _explain, "grade": _grade,
            "progress": _progress, None: _session}
KEEPS_PROGRESS = {None, "ask", "explain", "progress"}
NO_TUTOR = {"import": _import, "notes": _notes}


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    if args.command == "eval" and args.min_pass is not None and not 0 <= args.min_pass <= 1:
        parser.error("--min-pass takes a rate between 0 and 1, e.g. 0.9")
    try:
        if args.command in NO_TUTOR:
            return NO_TUTOR[args.command](args)
        keep = args.command in KEEPS_PROGRESS
        if args.command in (None, "explain") and sys.stdin.isatty() and sys.stdout.isatty():
            # the REPL loads the notes in the background, behind its prompt
            return COMMANDS[args.command](lambda: load_tutor(args.notes, keep_progress=keep), args)
        tutor = load_tutor(args.notes, keep_progress=keep)
        return COMMANDS[args.command](tutor, args)
    except (DataFileError, ImportProblem) as exc:
        print(f"tutor: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
