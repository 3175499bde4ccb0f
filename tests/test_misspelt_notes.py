"""A student's notes spell words wrongly ("Exti polls"); a question spelt right still
meets them (tutor.text.spelling.misspelt_words: the question's word is read as the
notes spell it)."""

from __future__ import annotations

from pathlib import Path

from tutor.dialogue.state import ConversationState
from tutor.engine import Tutor
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths
from tutor.text.spelling import misspelt_words

ENGLISH = {"exit": 4.3, "candidate": 4.5, "german": 4.6, "does": 6.0, "stain": 3.7, "hungry": 4.2, "rare": 2.0}


def _never_known(word: str) -> bool:
    return False


def test_a_word_one_slip_from_an_english_word_misspells_it():
    found = misspelt_words(["exti", "cnadidate", "polls"], ENGLISH | {"polls": 4.0}, _never_known, 3.0)
    assert found == {"exti": "exit", "cnadidate": "candidate"}


def test_an_ending_a_known_word_or_a_rare_neighbour_is_no_misspelling():
    # "germany" adds a letter at the end of "german"; "doesn" is what "doesn't" leaves
    assert misspelt_words(["germany", "doesn"], ENGLISH, _never_known, 3.0) == {}
    # a word WordNet knows ("vagus") is spelt as meant; "rar" is near only a rare word
    assert misspelt_words(["hungary"], ENGLISH, lambda w: w == "hungary", 3.0) == {}
    assert misspelt_words(["raer"], ENGLISH, _never_known, 3.0) == {}


def test_a_short_word_is_misspelt_only_by_a_swap():
    assert misspelt_words(["exxt", "stalin"], ENGLISH, _never_known, 3.0) == {}
    assert misspelt_words(["exti"], ENGLISH, _never_known, 3.0) == {"exti": "exit"}


def _tutor(folder: Path) -> Tutor:
    folder.mkdir()
    (folder / "polls.md").write_text(
        "# Polling\n## Types of poll\n- Entrance Polls\n  - Poll taken before voters cast their ballot\n"
        "- Exti Polls\n  - Poll taken right after voters cast their ballot\n"
        "## Stalin\n- Stalin ruled by terror\n", encoding="utf-8")
    import_files([folder / "polls.md"], folder / "kb")
    return Tutor(load_knowledge(folder / "kb"), load_intents(paths.bundled("intents")))


def test_a_question_spelt_right_meets_the_notes_spelt_wrong(tmp_path):
    reply = _tutor(tmp_path / "a").respond("what is an exit poll", ConversationState())
    assert reply.status == "answered" and reply.answer.startswith("Exti Polls — Poll taken right after voters")


def test_a_name_in_the_notes_misspells_nothing(tmp_path):
    reply = _tutor(tmp_path / "b").respond("what was the stain", ConversationState())
    assert reply.status != "answered"
