"""The grader never tells a student two opposite things: a point's own words credit
it and fire no misconception, for every why-question the tutor asks: the bundled
notes' authored ones and those made from the example notes when imported."""

from __future__ import annotations

from pathlib import Path

import pytest

from tutor.engine import Tutor
from tutor.notes.importers.run import import_files
from tutor.notes.loading import load_intents, load_knowledge
from tutor.storage import paths

REPO = Path(__file__).resolve().parent.parent
EXAMPLES = [REPO / "examples" / "weimar" / "notes.md", REPO / "examples" / "cells" / "notes.opml"]


@pytest.fixture(scope="module")
def tutors(tmp_path_factory) -> dict[str, Tutor]:
    knowledge = paths.bundled("knowledge")
    found = {"bundled": Tutor.from_folders(knowledge, paths.intents_for(knowledge))}
    for notes in EXAMPLES:
        out = tmp_path_factory.mktemp(notes.parent.name) / "kb"
        import_files([notes], out)
        found[notes.parent.name] = Tutor(load_knowledge(out), load_intents(paths.bundled("intents")))
    return found


@pytest.mark.parametrize("name", ["bundled", "weimar", "cells"])
def test_each_points_own_words_credit_it_and_fire_no_misconception(tutors, name):
    tutor = tutors[name]
    questions = tutor.kb.why_questions
    assert questions  # generated ones too: nothing passes by having none
    unfair = []
    for question in questions:
        for point in question.points:
            grade = tutor.resources.grader.grade(question, point.text)
            if point not in grade.covered or grade.misconceptions or point in grade.reversed or grade.unsupported:
                unfair.append((question.id, point.id, [p.id for p in grade.covered],
                               [m.text for m in grade.misconceptions], grade.unsupported))
    assert not unfair, unfair


@pytest.mark.parametrize("name", ["bundled", "weimar", "cells"])
def test_the_whole_model_answer_makes_every_point_and_no_misconception(tutors, name):
    tutor = tutors[name]
    for question in tutor.kb.why_questions:
        grade = tutor.resources.grader.grade(question, ". ".join(p.text for p in question.points))
        assert len(grade.covered) == len(question.points) and not grade.misconceptions, question.id


def test_a_contrast_sets_a_misconception_aside(tutors):
    tutor = tutors["bundled"]
    grade = tutor.grade("Why did Stalin back the GMD rather than the CCP in China?",
                        "his overriding concern was protecting the USSR rather than spreading communism")
    assert [p.id for p in grade.covered] == ["protect-ussr-first"] and not grade.misconceptions
    said = tutor.grade("Why did Stalin back the GMD rather than the CCP in China?",
                       "he backed the GMD to spread communism to China")
    assert said.misconceptions  # said as a claim, it is one


def test_an_opposite_word_turns_a_point_round(tutors):
    tutor = tutors["bundled"]
    grade = tutor.grade("Why did Stalin's foreign policy become more aggressive after 1929?",
                        "it was a way to defend Bukharin")
    assert not grade.covered and [p.id for p in grade.reversed] == ["attack-bukharin"]


@pytest.mark.parametrize("answer,reversed_", [
    ("loose party discipline was imposed on foreign communist parties", ["strict-discipline"]),
    ("strict party discipline was imposed on foreign communist parties", []),
    ("party discipline was loosened for foreign communist parties", ["strict-discipline"]),  # made loose
    ("party discipline was tightened for foreign communist parties", []),
])
def test_a_describing_word_swapped_for_its_opposite_turns_a_point_round(tutors, answer, reversed_):
    grade = tutors["bundled"].grade("How did Stalin tighten his control of the Comintern after 1929?", answer)
    assert [p.id for p in grade.reversed] == reversed_
    assert ("strict-discipline" in [p.id for p in grade.covered]) == (not reversed_)


@pytest.mark.parametrize("answer,reversed_", [
    ("he felt less confident after trotsky was removed", ["confidence-trotsky"]),
    ("he felt more confident after trotsky was removed", []),
    ("he cared less about trotsky than about feeling confident", []),  # "less ... than": the other is said
])
def test_less_says_a_point_the_other_way_round(tutors, answer, reversed_):
    grade = tutors["bundled"].grade("Why did Stalin's foreign policy become more aggressive after 1929?", answer)
    assert [p.id for p in grade.reversed if p.id == "confidence-trotsky"] == reversed_


@pytest.mark.parametrize("answer,fires", [
    ("it was only used on ordinary people tho, officials were safe", True),   # one claim across a comma
    ("it was used on ordinary people, officials were threatened too", False),
])
def test_a_wrong_idea_across_a_comma_is_caught(tutors, answer, fires):
    grade = tutors["bundled"].grade("Why did Stalin use terror?", answer)
    assert bool(grade.misconceptions) == fires


def test_a_deed_said_from_the_other_side_is_no_reversal(tutors):
    # a deed's opposite depends on who did it: the banks giving is the USSR receiving
    grade = tutors["bundled"].grade("How did the USSR benefit economically from its links with Germany?",
                                    "german banks gave them big loans in 1926")
    assert not grade.reversed


def test_a_claim_the_notes_never_make_is_flagged_and_a_paraphrase_is_not(tutors):
    tutor = tutors["bundled"]
    question = "Why did Stalin back the GMD rather than the CCP in China?"
    assert tutor.grade(question, "because the GMD promised the USSR land in Manchuria").unsupported
    assert not tutor.grade(question, "the chinese communists were too weak to take over").unsupported


def test_a_dash_between_two_claims_parts_them(tutors):
    grade = tutors["bundled"].grade("Why was Stalin so often pictured with Lenin?",
                                    "To show him as Lenin's heir - Lenin had chosen Stalin to take over.")
    assert "lenins-successor" in [p.id for p in grade.covered] and grade.misconceptions


def test_a_claim_only_the_glossary_backs_is_not_in_the_notes(tutors):
    # the Wall Street Crash is a glossary entry (background), never a word of the notes
    grade = tutors["bundled"].grade("Why did Stalin's foreign policy become more aggressive after 1929?",
                                    "because the wall street crash made him think capitalism was finished")
    assert grade.unsupported and not grade.covered


@pytest.mark.parametrize("answer,credited", [
    ("purge weak elements, strict discipline, yes men", True),   # the notes' own name for the point
    ("he did not want yes men", False),
])
def test_the_notes_coined_name_for_a_point_makes_it(tutors, answer, credited):
    grade = tutors["bundled"].grade("How did Stalin tighten his control of the Comintern after 1929?", answer)
    assert ("yes-men" in [p.id for p in grade.covered]) == credited


def test_an_opposite_alone_of_a_points_word_is_a_claim_of_its_own_not_the_point_turned_round(tutors):
    tutor = tutors["bundled"]
    # "elections" is no word of central appointment, only WordNet's opposite of "appointed"
    grade = tutor.grade("How did Stalin keep control of the party and the government?",
                        "he held fake elections for every post")
    assert not grade.reversed and grade.unsupported
    # "distrusted" names "trust" as its own opposite: it speaks of the trustful relationship
    grade = tutor.grade("Why did the Treaty of Berlin (1926) matter to the USSR?",
                        "the two countries distrusted each other")
    assert [p.id for p in grade.reversed] == ["trustful-relationship"]


@pytest.mark.parametrize("answer,reversed_", [
    ("stresemann and chicherin were both against keeping up relations", ["relations-kept-up"]),
    ("stresemann and chicherin kept up relations against the odds", []),   # no one is against them
])
def test_being_against_a_thing_says_it_the_other_way_round(tutors, answer, reversed_):
    grade = tutors["bundled"].grade("How did the USSR benefit economically from its links with Germany?", answer)
    assert [p.id for p in grade.reversed if p.id == "relations-kept-up"] == reversed_


def test_an_everyday_word_far_commoner_than_a_notes_word_is_the_students_own_not_a_slip(tutors):
    grader = tutors["bundled"].resources.grader
    assert grader.analyzer.speller.correct("meeting") == "meting"  # one edit from the notes' "meting"
    assert grader._own_word("meeting")       # yet "meeting" is what the student meant
    assert not grader._own_word("officals")  # a slip of the notes' "officials"
