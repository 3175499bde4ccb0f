"""Section numbers in headings are the notes' table of contents: read only when the
notes number their sections, and never as what a question asks about."""

from __future__ import annotations

import pytest

from tests.test_conversation import tutor_on
from tutor.dialogue.state import ConversationState
from tutor.search.sections import numbers_sections, section_number, without_number


@pytest.mark.parametrize("heading,number,words", [
    ("2 Structure of Eukaryotic Cells", "2", "Structure of Eukaryotic Cells"),
    ("2.1.3 Cytoplasm", "2.1.3", "Cytoplasm"),
    ("1. Dipole - Dipole Attraction", "1", "Dipole - Dipole Attraction"),
    ("1911 revolution", "", "1911 revolution"),   # a year is no section number
    ("Treaty of Berlin", "", "Treaty of Berlin"),
])
def test_a_headings_section_number(heading, number, words):
    assert section_number(heading) == number
    assert without_number(heading) == (words if number else heading)


def test_only_notes_that_number_one_two_three_number_their_sections():
    assert numbers_sections(["1 Introduction", "2 Structure", "2.1 Organelles", "3 Prokaryotes"])
    assert not numbers_sections(["5 Year Plans", "1 Introduction", "Collectivisation"])
    assert not numbers_sections(["1911 revolution", "1954 Constitution", "1966 Cultural Revolution"])


NOTES = """## 1 Introduction
Cells are the units of life.
There are 2 types of cells:
- Prokaryotic cells have no nucleus
- Eukaryotic cells have a nucleus

## 2 Structure of eukaryotic cells
The nucleus holds the DNA.
The cell wall is made of cellulose.

## 3 Structure of prokaryotic cells
Bacteria have a single loop of DNA.
"""


def test_a_number_in_the_question_is_not_matched_to_a_section_number(tmp_path):
    tutor = tutor_on(tmp_path, NOTES)
    reply = tutor.respond("what are the 2 kinds of cells", ConversationState())
    assert "Prokaryotic" in reply.answer and "Eukaryotic" in reply.answer, reply.answer

