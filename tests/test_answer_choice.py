"""Which notes make an answer: the note where a thing acts for "what does X do", and
notes under one heading that hold the question alike, shown together."""

from __future__ import annotations

from tests.test_conversation import tutor_on
from tutor.dialogue.retrieve import acts_in
from tutor.dialogue.state import ConversationState


def test_what_a_thing_does_is_the_note_where_it_acts(tmp_path):
    assert acts_in("sympathetic nerve stimulates the SA node; vagus nerve inhibits SA node", ("vagus", "nerv"))
    assert not acts_in("When resting, vagus nerve is more active than the sympathetic nerve", ("vagus", "nerv"))
    tutor = tutor_on(tmp_path, """## Nervous control
- When resting, the vagus nerve is more active than the sympathetic nerve.
- Impulses travel along the vagus nerve to the heart.
- The sympathetic nerve speeds up the heart; the vagus nerve slows down the SA node.
""")
    reply = tutor.respond("what does the vagus nerve do to the heart", ConversationState())
    assert "slows down the SA node" in reply.answer, reply.answer


def test_notes_under_one_heading_that_hold_the_question_alike_are_shown_together(tmp_path):
    tutor = tutor_on(tmp_path, """## Operant conditioning
- Interval schedule: fixed schedule, variable schedule, reinforced after a time.
- Ratio schedule: fixed ratio, variable ratio, reinforced after a number of responses.
- Punishment teaches fear.
""")
    reply = tutor.respond("what are the schedules of reinforcement", ConversationState())
    assert "Interval" in reply.answer and "Ratio" in reply.answer, reply.answer
