"""Words used of the same things (tutor.text.neighbours): the shipped table, and what
it lets a question meet in the notes."""

from __future__ import annotations

from pathlib import Path

from tutor.dialogue.state import ConversationState
from tutor.engine import Tutor
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.settings import Settings
from tutor.storage import paths
from tutor.text.neighbours import load_neighbours, neighbour_stems
from tutor.text.normalise import stem


def test_the_table_holds_words_used_of_the_same_things_both_ways_round():
    near = load_neighbours(0.5, ["killed", "murdered", "alike", "strong"])
    assert near["killed"]["murdered"] == near["murdered"]["killed"] >= 0.5
    assert "similar" in near["alike"]
    assert all(v >= 0.5 for words in near.values() for v in words.values())
    assert "banana" not in near["strong"]


def test_a_floor_keeps_only_the_nearer_words():
    loose, strict = load_neighbours(0.45, ["harsh"])["harsh"], load_neighbours(0.6, ["harsh"])["harsh"]
    assert set(strict) < set(loose) and all(v >= 0.6 for v in strict.values())


def test_a_neighbour_stands_for_the_notes_word_more_the_nearer_it_is():
    table = {"killed": {"murdered": 0.86, "dead": 0.76, "functioned": 0.53}}
    usual = {stem("murdered"): "murder", stem("dead"): "dead", stem("functioned"): "function"}
    out = neighbour_stems(["killed"], table, 0.5, 0.8, stem, usual)
    assert out[stem("dead")][stem("killed")] < 0.8
    # "murdered" is not its stem's usual word, but near enough; "functioned" is neither
    assert stem("murder") in out and stem("function") not in out


def _tutor(folder: Path, settings: Settings) -> Tutor:
    folder.mkdir()
    (folder / "quake.md").write_text("# Earthquakes\n## Christchurch 2011\n- 185 people killed and over 2000 injured\n"
                                     "- The epicentre was 10 km south east of the city centre\n"
                                     "## Haiti 2010\n- Rescue teams arrived from Australia and Japan\n",
                                     encoding="utf-8")
    import_files([folder / "quake.md"], folder / "kb")
    return Tutor(load_knowledge(folder / "kb"), load_intents(paths.bundled("intents")), settings=settings)


def test_a_question_in_other_words_meets_the_notes_through_their_neighbours(tmp_path):
    line = "how many fatalities in christchurch"
    on = _tutor(tmp_path / "on", Settings()).respond(line, ConversationState())
    off = _tutor(tmp_path / "off", Settings(neighbour_floor=1.0)).respond(line, ConversationState())
    assert on.status == "answered" and "185 people killed" in on.answer
    assert off.status != "answered" or "185 people killed" not in off.answer


def test_words_of_opposite_meaning_are_used_of_the_same_things_but_never_stand_for_each_other():
    from tutor.text.wordnet import WordNet
    wordnet = WordNet.load()
    table = load_neighbours(0.5, ["western"])
    assert "eastern" in table["western"]  # the sentence model puts them together ...
    out = neighbour_stems(["western"], table, 0.5, 0.8, stem, {}, wordnet.direct_opposites)
    assert stem("eastern") not in out and stem("westerly") in out  # ... WordNet keeps them apart
