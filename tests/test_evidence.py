"""What a note gives: a reason, a place, a time, a number (tutor.search.evidence).
A question asking 'why' or 'where' prefers a note that gives one, so these marks
decide which of two close notes answers."""

from __future__ import annotations

import pytest

from tutor.search.evidence import marks_of
from tutor.text.normalise import raw_tokens
from tutor.text.wordnet import WordNet


def marks(text: str) -> set[str]:
    return marks_of(text, raw_tokens(text), WordNet.load())


@pytest.mark.parametrize("text", [
    'Electrons are shared equally - electrons are "in the middle"',
    "High freq detection = close to oval window",
    "The medulla sits in the brain stem",
    "It lies between the two ventricles",
])
def test_a_note_that_says_where(text):
    assert "place" in marks(text)


@pytest.mark.parametrize("text", [
    "Bicuspid and tricuspid valves are forced to close. This prevents the backflow of blood",
    "The Shintos gave a name to their religion as a way to differentiate themselves",
    "Prices rose because more money was printed",
])
def test_a_note_that_gives_a_reason(text):
    assert "cause" in marks(text)


@pytest.mark.parametrize("text", ["Stalin appointed yes men", "Cardiac output is increased"])
def test_a_plain_statement_gives_neither(text):
    assert not {"place", "cause"} & marks(text)
