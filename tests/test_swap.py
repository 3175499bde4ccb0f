"""'What about X?' asks the last question again about X, like for like
(tutor.dialogue.swap): a name for a name, a year or 'before' for a time."""

from __future__ import annotations

import pytest

from tutor.dialogue.swap import about, swapped

KINDS = {"trotsky": "person", "stalin": "person", "ccp": "organisation", "gmd": "organisation",
         "workers": "role", "peasants": "role"}


def kind(word: str) -> str:
    return KINDS.get(word, "")


@pytest.mark.parametrize("last,line,asked", [
    ("who did trotsky support in china", "what about stalin?", "who did stalin support in china"),
    ("what was the comintern like after 1929", "what about before 1929?",
     "what was the comintern like before 1929"),
    ("what was the comintern like after 1929", "and what about before?", "what was the comintern like before 1929"),
    ("what happened in 1926", "what about 1927", "what happened in 1927"),
    ("how did stalin treat the peasants", "how about the workers", "how did stalin treat the workers"),
    ("what did the gmd do to the ccp", "what about the ccp", "what did the ccp do to the ccp"),
    ("what was the comintern like after 1929", "and before that?", "what was the comintern like before 1929"),
    ("what happened in 1923", "and after?", "what happened after 1923"),
])
def test_the_thing_asked_about_takes_its_counterparts_place(last, line, asked):
    assert swapped(last, line, kind) == asked


@pytest.mark.parametrize("last,line", [
    ("who did trotsky support in china", "what about the ccp"),        # a party for a person: not like for like
    ("what did the gmd do", "what about the next one"),                # an item of a list, not a swap
    ("what was the treaty of berlin", "what about 1927"),              # no time in the last question
    ("who did stalin back in china", "what about stalin"),             # nothing changes
    ("who did stalin back in china", "why did stalin back the gmd"),   # not 'what about'
    ("what were the terms of the treaty", "and before that?"),         # no time: a step back along the list
])
def test_no_counterpart_no_swap(last, line):
    assert swapped(last, line, kind) == ""


def test_what_about_reads_the_thing_asked_about():
    assert about("and what about the Comintern?") == "Comintern"
    assert about("what did he do") == ""


def test_a_swapped_question_is_answered_afresh(tutor, state):
    tutor.respond("who did trotsky support in china", state)
    reply = tutor.respond("what about stalin", state)
    assert "GMD" in reply.answer and "Glossary" not in reply.answer
    tutor.respond("what was the comintern like after 1929", state)
    assert "Low priority" in tutor.respond("what about before 1929?", state).answer


GROUPS = {"diffusion": "transport", "osmosis": "transport", "active transport": "transport", "mitosis": "division"}


@pytest.mark.parametrize("last,line,asked", [
    ("does diffusion need energy", "what about active transport?", "does active transport need energy"),
    ("what is osmosis", "and what about diffusion", "what is diffusion"),
    ("does diffusion need energy", "what about mitosis?", ""),       # not of the same list of headings
    ("does diffusion need energy", "what about the cell wall?", ""),  # no heading
])
def test_a_heading_takes_the_place_of_another_of_its_list(last, line, asked):
    from tutor.dialogue.swap import swapped_term
    assert swapped_term(last, line, lambda phrase: GROUPS.get(phrase, "")) == asked


@pytest.mark.parametrize("last,line,asked", [
    ("what did trotsky want in china", "what did stalin want", "what did stalin want in china"),
    ("what did trotsky want in china", "and what did stalin want?", "what did stalin want in china"),
    ("what did trotsky want in china", "what did stalin do", ""),          # another question, not an echo
    ("what did trotsky want in china", "what did the workers want", ""),   # a role is no name
    ("what did trotsky want in china", "what did trotsky want", ""),       # nothing changed
    ("what did the gmd do to the ccp", "what did the ccp do", ""),       # the rest names it already
])
def test_an_echo_of_the_last_question_with_another_name_asks_it_of_that_name(last, line, asked):
    from tutor.dialogue.swap import parallel
    assert parallel(last, line, kind) == asked
