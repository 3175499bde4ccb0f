"""Who gave and who received, in a point and in a student's claim."""

from __future__ import annotations

import pytest

from tutor.coaching.transfer import transfer_of, turned_round

POINT = transfer_of("The USSR received large financial credits from German banks in 1926")


def test_the_sides_of_a_transfer_are_read_round_the_verb():
    assert POINT is not None
    assert POINT.receiver == {"ussr"} and POINT.giver == {"german", "bank"}
    assert transfer_of("German banks lent money to the USSR") == POINT
    assert transfer_of("the USSR received credits") is None  # no other side named


@pytest.mark.parametrize("claim", [
    "in 1926 the ussr gave large financial credits to german banks",
    "the USSR lent large sums of money to German banks",
    "german banks received credits from the ussr",
])
def test_the_receiver_giving_to_the_giver_is_the_point_turned_round(claim):
    assert turned_round(POINT, claim)


@pytest.mark.parametrize("claim", [
    "german banks gave credits to the ussr",
    "the ussr received loans from german banks",
    "the ussr got money",
])
def test_the_transfer_said_the_right_way_is_not_turned_round(claim):
    assert not turned_round(POINT, claim)
