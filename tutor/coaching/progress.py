"""A student's progress on the why-questions, kept on disk so it lasts.

One JSON file in the XDG data folder. Every change is a read-modify-write
under an exclusive lock (two tutors may run at once) and lands through a
temporary file renamed over the old one, so a crash or Ctrl-C mid-write leaves
the last complete version, never half a file. A file that cannot be read is
set aside (renamed, not deleted) and progress starts again, with a warning.

Which question comes next (spaced repetition, kept simple): a question never
tried comes first, in the order the notes give them; otherwise the one with
the lowest mastery, where mastery is the share of points made unaided last
time, less 0.1 for every day since it was last seen (so even a mastered
question comes back after about ten days).
"""

from __future__ import annotations

import json
import os
import tempfile
import time
from contextlib import contextmanager
from dataclasses import asdict, dataclass, field
from datetime import datetime, timezone
from pathlib import Path

from tutor.notes.model import WhyQuestion

FORGET_PER_DAY = 0.1
KEPT_SESSIONS = 50   # the history kept per question: enough to see a trend, never a growing file


@dataclass
class QuestionProgress:
    attempts: int = 0
    points: int = 0
    last_unaided: int = 0
    best_unaided: int = 0
    last_seen: float = 0.0  # seconds since the epoch
    # one entry a session, oldest first: when, unaided, helped, and each point's verdict
    # ("student", "helped", "reversed", "tutor": made unaided, with help, the wrong way round, not made)
    history: list[dict] = field(default_factory=list)

    def mastery(self, now: float) -> float:
        share = self.last_unaided / self.points if self.points else 0.0
        return share - FORGET_PER_DAY * max(0.0, now - self.last_seen) / 86400

    def weakest_point(self) -> tuple[str, float] | None:
        """The point made unaided least often over the sessions (the latest miss breaks
        a tie), with that share; None before any session with verdicts."""
        counts: dict[str, list[int]] = {}
        for n, entry in enumerate(self.history):
            for point, verdict in entry.get("verdicts", {}).items():
                made, seen, last_miss = counts.setdefault(point, [0, 0, -1])
                counts[point] = [made + (verdict == "student"), seen + 1,
                                 n if verdict != "student" else last_miss]
        if not counts:
            return None
        point = min(counts, key=lambda p: (counts[p][0] / counts[p][1], -counts[p][2]))
        return point, counts[point][0] / counts[point][1]


class ProgressStore:
    """Progress per why-question id; warnings instead of errors when the disk says no."""

    def __init__(self, path: Path):
        self.path = Path(path)
        self.warnings: list[str] = []

    # ----------------------------------------------------------- file access
    @contextmanager
    def _locked(self):
        lock = None
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            lock = open(self.path.with_suffix(".lock"), "a+")
            try:
                import fcntl

                fcntl.flock(lock, fcntl.LOCK_EX)
            except ImportError:  # not on POSIX: single-process use only
                pass
        except OSError as exc:
            self._warn(f"progress is not saved ({exc.strerror or exc})")
        try:
            yield lock is not None
        finally:
            if lock is not None:
                lock.close()

    def _read(self) -> dict[str, QuestionProgress]:
        try:
            raw = json.loads(self.path.read_text(encoding="utf-8"))
            return {qid: QuestionProgress(**entry) for qid, entry in raw.get("questions", {}).items()}
        except FileNotFoundError:
            return {}
        except (OSError, ValueError, TypeError, AttributeError) as exc:
            aside = self.path.with_name(f"{self.path.name}.unreadable-{int(time.time())}")
            try:
                os.replace(self.path, aside)
                self._warn(f"progress file could not be read ({type(exc).__name__}); kept it as {aside.name}")
            except OSError:
                self._warn("progress file could not be read")
            return {}

    def _write(self, table: dict[str, QuestionProgress]) -> None:
        data = {"version": 2, "questions": {qid: asdict(p) for qid, p in sorted(table.items())}}
        for leftover in self.path.parent.glob(".progress-*"):
            # we hold the lock, so no writer is mid-write: these are from one that was killed
            try:
                leftover.unlink()
            except OSError:
                pass
        try:
            handle, tmp = tempfile.mkstemp(prefix=".progress-", dir=self.path.parent)
            with os.fdopen(handle, "w", encoding="utf-8") as out:
                json.dump(data, out, indent=1)
                out.flush()
                os.fsync(out.fileno())
            os.replace(tmp, self.path)
        except OSError as exc:
            self._warn(f"progress is not saved ({exc.strerror or exc})")
            try:
                os.unlink(tmp)
            except (OSError, UnboundLocalError):
                pass

    def _warn(self, message: str) -> None:
        if message not in self.warnings:
            self.warnings.append(message)

    # ------------------------------------------------------------ public API
    def load(self) -> dict[str, QuestionProgress]:
        with self._locked():
            return self._read()

    def update(self, question_id: str, points: int, unaided: int, new_attempt: bool = False,
               now: float | None = None, helped: int = 0, verdicts: dict[str, str] | None = None) -> None:
        """Record where a session on one question stands (called after every turn): the
        first call of a session starts its history entry, later ones bring it up to date."""
        with self._locked() as ok:
            if not ok:
                return
            table = self._read()
            entry = table.setdefault(question_id, QuestionProgress())
            entry.points = points
            entry.attempts += 1 if new_attempt else 0
            entry.last_unaided = unaided
            entry.best_unaided = max(entry.best_unaided, unaided)
            entry.last_seen = time.time() if now is None else now
            record = {"when": entry.last_seen, "unaided": unaided, "helped": helped, "points": points,
                      "verdicts": dict(verdicts or {})}
            if new_attempt or not entry.history:
                entry.history = (entry.history + [record])[-KEPT_SESSIONS:]
            else:
                entry.history[-1] = record
            self._write(table)


def pick_question(questions: list[WhyQuestion], table: dict[str, QuestionProgress],
                  now: float | None = None) -> WhyQuestion | None:
    """The never-tried question first, else the weakest or longest unseen (see module doc)."""
    if not questions:
        return None
    now = time.time() if now is None else now
    fresh = [q for q in questions if q.id not in table]
    if fresh:
        return fresh[0]
    return min(questions, key=lambda q: table[q.id].mastery(now))


def describe(entry: QuestionProgress | None) -> str:
    if entry is None or not entry.attempts:
        return "not tried yet"
    when = datetime.fromtimestamp(entry.last_seen, tz=timezone.utc).strftime("%Y-%m-%d")
    return (f"last time {entry.last_unaided}/{entry.points} points on your own "
            f"(best {entry.best_unaided}), {entry.attempts} {'try' if entry.attempts == 1 else 'tries'}, last {when}")
