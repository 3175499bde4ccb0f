"""No input breaks the tutor: arbitrary text, conversations, explanations and
bytes on stdin always get a reply, never an exception. Examples are bounded so
CI stays quick; latency is measured in benchmarks/, never asserted here."""

from __future__ import annotations

import io

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from tutor.dialogue.reply import STATUSES
from tutor.dialogue.state import ConversationState
from tutor.terminal.lines import run_lines

SETTINGS = settings(max_examples=80, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])

awkward = st.one_of(
    st.text(),
    st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=300),
    st.sampled_from(["", " ", "\x00", "\t\n\r", "🙂🇷🇺", "שלום עולם", "e\u0301\u0302\u0303", "?!?!?!", "----",
                     "'; DROP TABLE notes; --", "$(rm -rf /)", "`ls`", "%s%s%n", "\\x00\\n", "a" * 5000,
                     "why " * 400, "test me on " + "x" * 300, "/explain", "0" * 100]),
    st.lists(st.sampled_from(["why", "stalin", "gmd", "not", "treaty", "he", "it", "?", "1929", "and"]),
             max_size=30).map(" ".join),
)


@SETTINGS
@given(text=awkward)
def test_respond_always_replies(tutor, text):
    reply = tutor.respond(text, ConversationState())
    assert reply.status in STATUSES and isinstance(reply.answer, str) and reply.answer
    assert 0.0 <= reply.confidence <= 1.0


@SETTINGS
@given(turns=st.lists(awkward, min_size=1, max_size=8))
def test_conversations_never_break(tutor, turns):
    state = ConversationState()
    for text in ["test me on china", *turns]:
        assert tutor.respond(text, state).status in STATUSES


@pytest.fixture(scope="module")
def cached_tutor(tmp_path_factory):
    """A tutor loaded from its cache: arrays mapped read-only, notes made on demand."""
    from tutor.cache import load_tutor
    from tutor.storage import paths

    folder = tmp_path_factory.mktemp("cache")
    load_tutor(paths.bundled("knowledge"), paths.bundled("intents"), folder=folder)
    return load_tutor(paths.bundled("knowledge"), paths.bundled("intents"), folder=folder)


@SETTINGS
@given(turns=st.lists(awkward, min_size=1, max_size=6))
def test_a_tutor_from_the_cache_never_breaks(cached_tutor, turns):
    state = ConversationState()
    for text in ["what was the treaty of berlin", *turns, "tell me more", "where is that from?"]:
        assert cached_tutor.respond(text, state).status in STATUSES


@SETTINGS
@given(answer=awkward)
def test_grading_never_breaks(tutor, answer):
    for question in tutor.kb.why_questions[:3]:
        grade = tutor.grader.grade(question, answer)
        assert len(grade.verdicts) == len(question.points)


def test_a_one_megabyte_line(tutor):
    reply = tutor.respond("why did stalin back the gmd " + "x" * 1_000_000, ConversationState())
    assert reply.status in STATUSES


@SETTINGS
@given(data=st.binary(max_size=2000))
def test_line_mode_survives_any_bytes(tutor, data):
    stdin = io.TextIOWrapper(io.BytesIO(data + b"\nbye\n"), encoding="utf-8", errors="strict")
    stdout = io.StringIO()
    assert run_lines(tutor, stdin, stdout) == 0
