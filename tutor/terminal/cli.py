"""The `tutor` command: the REPL by default, plus ask, eval and topics.

Every sub-command builds one Tutor and talks to it only through respond(),
so the command line, the REPL and the evaluation see the same engine.
"""

from __future__ import annotations

import argparse
import json
import sys
from pathlib import Path

from tutor import __version__
from tutor.errors import TutorError
from tutor.notes.importers import FORMATS
from tutor.storage import paths
from tutor.storage.yamlsafe import DataFileError

EXIT_OK, EXIT_BELOW_MIN, EXIT_BAD_INPUT = 0, 1, 2


def _notes_option(parser: argparse.ArgumentParser, default=argparse.SUPPRESS) -> None:
    """--notes before the command or after it means the same: a command's own
    option leaves the value alone unless it is given there."""
    parser.add_argument("--notes", metavar="DIR", type=Path, default=default,
                        help="use the knowledge folder DIR instead of your default notes")


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="tutor",
        description="An offline history tutor that answers from your own notes. "
                    "With no command it starts an interactive session.")
    parser.add_argument("--version", action="version", version=f"tutor {__version__}")
    _notes_option(parser, default=None)
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    ask = sub.add_parser("ask", help="answer one question and exit",
                         description="Answer one question from the notes and exit.")
    ask.add_argument("question", nargs="+", help="the question, in your own words")
    ask.add_argument("--json", action="store_true", help="print the reply as one JSON object")
    ask.add_argument("--trace", action="store_true",
                     help="also show why: the candidate notes weighed and which outcome fired")
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
                              description="Show your progress on the why-questions, by topic: points made on "
                                          "your own and with help, session by session, and the weakest point.")
    progress.add_argument("--json", action="store_true", help="print it as one JSON object")
    _notes_option(progress)

    export = sub.add_parser("export", help="export the why-questions as flashcards",
                            description="Export the why-questions and their points (citing the notes' lines) "
                                        "as an Anki deck, to go on revising on a phone.")
    export.add_argument("--anki", type=Path, required=True, metavar="FILE.apkg", help="the deck file to write")
    export.add_argument("--force", action="store_true", help="replace FILE.apkg if it already exists")
    _notes_option(export)
    nested = {f"notes {name}": command for name, command in notes_sub.choices.items()}
    parser.set_defaults(parsers={None: parser, **sub.choices, **nested})
    return parser


def notes_folder(option: Path | None) -> Path:
    """The knowledge folder to use: --notes, else the default chosen with 'tutor
    notes', else the bundled notes. A folder that is missing or is not a
    knowledge folder is an error, never a quiet fall back to other notes."""
    from tutor.notes.library import default_notes

    if option is None:
        return default_notes() or paths.bundled("knowledge")
    if not option.exists():
        raise TutorError(f"--notes {option}: no such folder")
    if not option.is_dir():
        raise TutorError(f"--notes {option} is a file, not a knowledge folder; import it first: "
                         f"tutor import {option} --out FOLDER")
    if not (option / "topics").is_dir():
        raise TutorError(f"--notes {option} is not a knowledge folder (it has no topics/); "
                         "make one with: tutor import NOTES-FILE --out FOLDER")
    return option


def load_tutor(notes: Path | None, keep_progress: bool = False):
    from tutor.cache import load_tutor as load_cached
    from tutor.coaching.progress import ProgressStore

    knowledge = notes_folder(notes)
    progress = ProgressStore(paths.progress_file(knowledge)) if keep_progress else None
    warnings: list[str] = []
    tutor = load_cached(knowledge, paths.intents_for(knowledge), progress, warnings=warnings)
    for warning in warnings:
        print(f"tutor: warning: {warning}", file=sys.stderr)
    return tutor


def _ask(tutor, args) -> int:
    from tutor.dialogue.state import ConversationState
    from tutor.terminal.render import format_reply, use_colour

    reply = tutor.respond(" ".join(args.question), ConversationState())
    if args.json:
        print(json.dumps(reply.to_dict(trace=args.trace), ensure_ascii=False, indent=2))
    else:
        print(format_reply(reply, use_colour(sys.stdout), trace=args.trace))
    return EXIT_OK


def _eval(tutor, args) -> int:
    from tutor.evaluation import evaluate, format_report, load_eval_set

    set_file = args.set_file or Path(tutor.kb.root) / "eval.yaml"
    items = load_eval_set(set_file)
    known = set(tutor.intents.intents) | {"question"}
    for item in items:
        if item.kind == "intent" and item.intent not in known:
            raise DataFileError(set_file, item.line,
                                f"unknown intent {item.intent!r} (known: {', '.join(sorted(known))})")
    summary = evaluate(tutor, items)
    print(json.dumps(summary, ensure_ascii=False, indent=2) if args.json else format_report(summary))
    if args.min_pass is not None and summary["pass_rate"] < args.min_pass:
        if not args.json:
            print(f"pass rate {summary['pass_rate']:.1%} is below --min-pass {args.min_pass:.1%}")
        return EXIT_BELOW_MIN
    return EXIT_OK


def _topics(tutor, args) -> int:
    from tutor.dialogue.intent_replies import topics_text

    print(topics_text(tutor.kb))
    return EXIT_OK


def _session(tutor, args, first: str = "") -> int:
    if sys.stdin.isatty() and sys.stdout.isatty():
        from tutor.terminal.repl import run_repl

        return run_repl(tutor, first)
    from tutor.terminal.lines import run_lines

    return run_lines(tutor() if callable(tutor) else tutor, sys.stdin, sys.stdout, first)


def _explain(tutor, args) -> int:
    topic = " ".join(args.topic).strip()
    if topic and not callable(tutor) and tutor.topic_named(topic) is None:
        raise TutorError(f"your notes have no topic '{topic}'; the topics are: "
                         + "; ".join(t.title for t in tutor.kb.topics))
    return _session(tutor, args, first=f"test me on {topic}".strip())


def _grade(tutor, args) -> int:
    from tutor.coaching.report import format_grade, grade_dict

    if not tutor.kb.why_questions:
        raise TutorError("these notes have no why-questions")
    grade = tutor.grade(args.why, args.answer)
    if grade is None:
        raise TutorError(f"no why-question of these notes matches '{args.why}'; they are: "
                         + " | ".join(q.question for q in tutor.kb.why_questions))
    print(json.dumps(grade_dict(tutor.kb, grade), ensure_ascii=False, indent=2) if args.json
          else format_grade(tutor.kb, grade))
    return EXIT_OK


def _progress(tutor, args) -> int:
    from tutor.coaching.report import progress_dict, progress_text

    table = tutor.progress.load()
    print(json.dumps(progress_dict(tutor.kb, table), ensure_ascii=False, indent=2) if args.json
          else progress_text(tutor.kb, table))
    for warning in tutor.progress.warnings:
        print(f"warning: {warning}", file=sys.stderr)
    return EXIT_OK


def _import(args) -> int:
    import shlex

    from tutor.notes.importers.run import import_files
    from tutor.notes.library import imported

    topics = import_files(args.files, args.out, args.format)
    count = sum(len(t.fragments) for t in topics)
    folder = Path(args.out).resolve()
    print(f"{imported(count, len(topics))} into {folder}. "
          f"Try: tutor --notes {shlex.quote(str(folder))}")
    return EXIT_OK


def _notes(args) -> int:
    from tutor.notes import library as notes_library

    print(notes_library.run(args))
    return EXIT_OK


def _export(tutor, args) -> int:
    from tutor.coaching.anki import export_anki

    cards = export_anki(tutor.kb, args.anki, replace=args.force)
    print(f"Wrote {cards} card{'' if cards == 1 else 's'} to {args.anki.resolve()}; open it with Anki "
          "(File > Import) or AnkiDroid / AnkiMobile.")
    return EXIT_OK


COMMANDS = {"ask": _ask, "eval": _eval, "topics": _topics, "explain": _explain, "grade": _grade,
            "progress": _progress, "export": _export, None: _session}
KEEPS_PROGRESS = {None, "ask", "explain", "progress"}
NO_TUTOR = {"import": _import, "notes": _notes}


def _usage_problem(parser: argparse.ArgumentParser, args, extra: list[str]) -> None:
    """A mistyped option gets the usage of the command it was given to."""
    parsers = args.parsers
    owner = parsers.get(f"notes {args.notes_command}") if args.command == "notes" else parsers.get(args.command)
    owner = owner or parser
    if extra:
        owner.error(f"unrecognized arguments: {' '.join(extra)}")
    if args.command in NO_TUTOR and args.notes is not None:
        owner.error(f"--notes does not apply to '{args.command}'")
    if args.command == "eval" and args.min_pass is not None and not 0 <= args.min_pass <= 1:
        owner.error("--min-pass takes a rate between 0 and 1, e.g. 0.9")


def main(argv: list[str] | None = None) -> int:
    parser = build_parser()
    args, extra = parser.parse_known_args(argv)
    _usage_problem(parser, args, extra)
    try:
        if args.command in NO_TUTOR:
            return NO_TUTOR[args.command](args)
        keep = args.command in KEEPS_PROGRESS
        if args.command in (None, "explain") and sys.stdin.isatty() and sys.stdout.isatty():
            notes = notes_folder(args.notes)  # a wrong folder is said at once, not behind the prompt
            # the REPL loads the notes in the background, behind its prompt
            return COMMANDS[args.command](lambda: load_tutor(notes, keep_progress=keep), args)
        tutor = load_tutor(args.notes, keep_progress=keep)
        return COMMANDS[args.command](tutor, args)
    except TutorError as exc:
        print(f"tutor: error: {exc}", file=sys.stderr)
        return EXIT_BAD_INPUT
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_OK
