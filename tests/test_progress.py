"""Progress survives crashes, corrupt files, unwritable folders and two tutors at once."""

from __future__ import annotations

import json
import multiprocessing
import os
import signal
import subprocess
import sys
import time

from tutor.coaching.progress import ProgressStore


def test_round_trip_and_attempts(tmp_path):
    store = ProgressStore(tmp_path / "p" / "progress.json")
    store.update("q1", points=3, unaided=1, new_attempt=True)
    store.update("q1", points=3, unaided=2)
    entry = store.load()["q1"]
    assert (entry.attempts, entry.last_unaided, entry.best_unaided, entry.points) == (1, 2, 2, 3)
    assert not store.warnings


def test_corrupt_file_is_set_aside_not_trusted(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text("{not json")
    store = ProgressStore(path)
    assert store.load() == {}
    assert any("could not be read" in w for w in store.warnings)
    assert list(tmp_path.glob("progress.json.unreadable-*"))  # kept, not deleted
    store.update("q", 2, 1, new_attempt=True)
    assert json.loads(path.read_text())["questions"]["q"]["last_unaided"] == 1


def test_unwritable_folder_warns_and_carries_on(tmp_path):
    blocker = tmp_path / "file"
    blocker.write_text("a file where the folder should be")
    store = ProgressStore(blocker / "tutor" / "progress.json")
    store.update("q", 2, 1, new_attempt=True)
    assert store.load() == {} and store.warnings


def _hammer(path: str, name: str, n: int) -> None:
    store = ProgressStore(path)
    for i in range(n):
        store.update(f"{name}", points=5, unaided=i % 5, new_attempt=True)


def test_two_tutors_at_once_lose_nothing(tmp_path):
    path = str(tmp_path / "progress.json")
    ctx = multiprocessing.get_context("spawn")
    workers = [ctx.Process(target=_hammer, args=(path, name, 40)) for name in ("a", "b")]
    for w in workers:
        w.start()
    for w in workers:
        w.join(60)
    table = ProgressStore(path).load()
    assert table["a"].attempts == 40 and table["b"].attempts == 40


WRITER = """
import sys
from tutor.coaching.progress import ProgressStore
store = ProgressStore(sys.argv[1])
i = 0
while True:
    i += 1
    store.update("q%d" % (i % 7), points=5, unaided=i % 5, new_attempt=True)
"""


def test_killed_mid_write_leaves_the_last_complete_file(tmp_path, cli_env):
    path = tmp_path / "progress.json"
    ProgressStore(path).update("kept", 3, 3, new_attempt=True)
    for _ in range(5):
        proc = subprocess.Popen([sys.executable, "-c", WRITER, str(path)], env=cli_env)
        time.sleep(0.4)
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait()
        data = json.loads(path.read_text())  # always whole JSON, never half a file
        assert data["questions"]["kept"]["last_unaided"] == 3
    store = ProgressStore(path)
    assert "kept" in store.load() and not store.warnings
    store.update("after", 1, 1, new_attempt=True)
    assert not list(tmp_path.glob(".progress-*"))  # what the killed writers left is cleared


def test_each_session_is_one_history_entry_brought_up_to_date(tmp_path):
    store = ProgressStore(tmp_path / "progress.json")
    store.update("q", 3, 0, new_attempt=True, now=100, verdicts={"a": "tutor", "b": "tutor", "c": "tutor"})
    store.update("q", 3, 1, now=110, helped=1, verdicts={"a": "student", "b": "helped", "c": "tutor"})
    store.update("q", 3, 2, new_attempt=True, now=200, verdicts={"a": "student", "b": "student", "c": "reversed"})
    entry = store.load()["q"]
    assert entry.attempts == 2
    assert [(h["unaided"], h["helped"]) for h in entry.history] == [(1, 1), (2, 0)]
    assert entry.weakest_point() == ("c", 0.0)  # never made unaided


def test_a_file_from_before_histories_still_loads(tmp_path):
    path = tmp_path / "progress.json"
    path.write_text(json.dumps({"version": 1, "questions": {"q": {
        "attempts": 2, "points": 3, "last_unaided": 1, "best_unaided": 2, "last_seen": 5.0}}}))
    entry = ProgressStore(path).load()["q"]
    assert entry.attempts == 2 and entry.history == [] and entry.weakest_point() is None


def test_progress_report_shows_the_trend_and_the_weakest_point(tutor, tmp_path):
    from tutor.coaching.report import progress_dict, progress_text

    store = ProgressStore(tmp_path / "progress.json")
    store.update("why-back-gmd", 3, 1, new_attempt=True, now=100,
                 verdicts={"ccp-too-weak": "student", "unstable-china-threat": "tutor", "protect-ussr-first": "tutor"})
    store.update("why-back-gmd", 3, 2, new_attempt=True, now=200, helped=1,
                 verdicts={"ccp-too-weak": "student", "unstable-china-threat": "helped",
                           "protect-ussr-first": "student"})
    table = store.load()
    text = progress_text(tutor.kb, table)
    assert "China: 3 of 6 points on your own, 1 with help, over 2 sessions" in text
    assert "1/3 → 2/3; with help: 0 → 1" in text
    assert "weakest point: An unstable China would be a threat to the USSR" in text
    china = next(t for t in progress_dict(tutor.kb, table)["topics"] if t["id"] == "china")
    assert china["questions"][0]["weakest_point"]["id"] == "unstable-china-threat"
    assert [s["unaided"] for s in china["questions"][0]["sessions"]] == [1, 2]
