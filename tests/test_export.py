"""The Anki deck: one card per why-question, each point citing the notes' lines,
ids stable from one export to the next, and nothing of the student's overwritten."""

from __future__ import annotations

import sqlite3
import zipfile

import pytest

from tutor.coaching.anki import export_anki
from tutor.errors import TutorError


def _cards(path, tmp_path) -> list[tuple[str, list[str]]]:
    with zipfile.ZipFile(path) as deck:
        deck.extract("collection.anki2", tmp_path)
    db = sqlite3.connect(tmp_path / "collection.anki2")
    try:
        return [(guid, flds.split("\x1f")) for guid, flds in db.execute("select guid, flds from notes order by id")]
    finally:
        db.close()


def test_each_why_question_is_a_card_whose_points_cite_the_notes(tutor, tmp_path):
    target = tmp_path / "stalin.apkg"
    assert export_anki(tutor.kb, target) == len(tutor.kb.why_questions)
    cards = _cards(target, tmp_path)
    assert [fields[0] for _, fields in cards] == [q.question for q in tutor.kb.why_questions]
    china = next(fields for _, fields in cards if fields[3] == "why-back-gmd")
    assert china[1] == "China"
    assert "Stalin did not think the CCP was strong enough to take control" in china[2]
    assert "gov-prop-foreign.coggle.txt, line 17" in china[2]  # where in the notes


def test_a_second_export_keeps_the_same_card_ids(tutor, tmp_path):
    first, second = tmp_path / "a.apkg", tmp_path / "b.apkg"
    export_anki(tutor.kb, first)
    export_anki(tutor.kb, second)
    assert [g for g, _ in _cards(first, tmp_path / "1")] == [g for g, _ in _cards(second, tmp_path / "2")]


def test_an_existing_file_is_kept_unless_forced(tutor, tmp_path):
    target = tmp_path / "mine.apkg"
    target.write_bytes(b"my own deck")
    with pytest.raises(TutorError, match="already exists"):
        export_anki(tutor.kb, target)
    assert target.read_bytes() == b"my own deck"
    export_anki(tutor.kb, target, replace=True)
    assert zipfile.is_zipfile(target)
    assert not list(tmp_path.glob(".tutor-anki-*"))
