"""Each stage of a turn, alone: read, route, retrieve, resolve, decide, compose,
with typed inputs and outputs; and one setting changed without patching a module."""

from __future__ import annotations

from dataclasses import replace

import pytest

from tutor.dialogue import compose, followon, retrieve, route
from tutor.dialogue.decide import Decision, decide
from tutor.dialogue.state import ConversationState
from tutor.dialogue.trace import Trace
from tutor.dialogue.turn import Turn, read_turn
from tutor.engine import Tutor


@pytest.fixture(scope="module")
def res(tutor):
    return tutor.resources


def turn_of(res, text: str) -> Turn:
    return read_turn(text, res.corpus.analyzer)


def test_read_turn_reads_the_form_once(res):
    turn = turn_of(res, "wat was the treaty of berlin?")
    assert turn.is_question and turn.asks_definition
    assert turn.named_thing == ("treaty", "of", "berlin")
    assert ("wat", "what") in turn.query.corrections or turn.words[0] == "what"
    assert turn_of(res, "how many died").wanted == "count"
    assert turn_of(res, "when did they leave").wanted == "time"
    assert turn_of(res, "who led the uprising").wanted == "person" and turn_of(res, "who was stresemann").wanted == ""
    assert turn_of(res, "why did he back the gmd").wanted == "reason"
    assert turn_of(res, "why did he do that?").asks_why
    assert turn_of(res, "and the third article?").points_back
    assert turn_of(res, "what happened next").asks_what_next
    assert turn_of(res, "hint").control == "hint" and turn_of(res, "i dont know").control == "dont_know"
    assert not turn_of(res, "because he was weak").is_question


def test_a_pronoun_is_resolved_from_the_turns_words(res):
    turn = turn_of(res, "what did he do").with_person(res.corpus.analyzer, "Stresemann")
    assert "stresemann" in turn.words and any("stresemann" in e for e in turn.query.entities)


def test_route_tells_commands_from_questions(res):
    assert route.intent_of(res, turn_of(res, "hello there"))[0] == "greet"
    assert route.intent_of(res, turn_of(res, "test me on china"))[0] == "explain"
    assert route.intent_of(res, turn_of(res, "help me with the treaty of berlin"))[0] == "question"
    assert route.intent_of(res, turn_of(res, "when did they leave?"))[0] == "question"  # not goodbye


def test_retrieve_ranks_the_note_that_holds_the_question_first(res):
    ranked = retrieve.rank(res, turn_of(res, "why did stalin back the gmd").query)
    assert ranked[0].doc.id == "china-backed-gmd" and ranked[0].confidence > 0.9
    assert ranked == sorted(ranked, key=lambda c: -c.rank)


def test_decide_each_outcome(res):
    state = ConversationState()
    nothing = decide(res, turn_of(res, "qqqq zzzz"), [], state)
    assert nothing.outcome == "decline"
    named = turn_of(res, "what was the great purge")
    assert decide(res, named, retrieve.rank(res, named.query), state).outcome == "decline"
    asked = turn_of(res, "who was stresemann")
    defined = decide(res, asked, retrieve.rank(res, asked.query), state)
    assert defined.outcome == "define" and defined.entry.term == "Stresemann"
    branch = turn_of(res, "tell me about china")
    assert decide(res, branch, retrieve.rank(res, branch.query), state).outcome == "branch"
    answer = turn_of(res, "what did article 2 of the treaty of berlin say")
    decided = decide(res, answer, retrieve.rank(res, answer.query), state)
    assert decided.outcome == "answer" and decided.doc_ids[0] == "berlin-article-2" and decided.reason


def test_compose_turns_a_decision_into_a_reply_and_remembers_it(res):
    state = ConversationState()
    turn = turn_of(res, "what did article 2 say")
    reply = compose.render(res, Decision("answer", "test", ("berlin-article-2",), 0.9), turn.query, state)
    assert reply.status == "answered" and "neutral" in reply.answer
    assert state.last_doc_ids == ("berlin-article-2",) and state.last_topic == "germany"
    declined = compose.render(res, Decision("decline", "test"), turn.query, ConversationState())
    assert declined.status == "out_of_scope" and not declined.sources and not declined.options


def test_resolve_why_after_an_answer(res):
    state = ConversationState()
    first = turn_of(res, "why did stalin back the gmd")
    compose.render(res, decide(res, first, retrieve.rank(res, first.query), state), first.query, state)
    reply = followon.why_of_last(res, turn_of(res, "why?"), state, Trace())
    assert reply is not None and "strong enough" in reply.answer


def test_one_setting_changes_without_patching_a_module(tutor):
    strict = Tutor(tutor.kb, tuple(tutor.intents.intents.values()), corpus=tutor.corpus,
                   intent_classifier=tutor.intents,
                   settings=replace(tutor.settings, decline_below=1.01))  # no note is ever that sure
    question = "what did article 3 say"
    assert tutor.respond(question, ConversationState()).status == "answered"
    assert strict.respond(question, ConversationState()).status == "out_of_scope"


def test_every_reply_carries_its_trace(tutor):
    reply = tutor.respond("when did stalin die", ConversationState())
    assert reply.trace is not None and reply.trace.outcome == "decline" and reply.trace.candidates
    assert "trace" not in reply.to_dict() and reply.to_dict(trace=True)["trace"]["outcome"] == "decline"
