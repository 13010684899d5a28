""""The two ministers" after a meeting of A and B and a few sentences that each name one of them, and
both of them between them ("A said ... . A noted ... . B said ..."): still A and B."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs

CALL = ("LIMA, March 12 (Andina) -- Peruvian Defence Minister Carlos Ruiz held a video call with Chilean Defence "
        "Minister Paula Soto on Wednesday, with the two sides pledging to deepen cooperation.\n\n")
PLAN = ("The two ministers are expected to meet in person on the sidelines of the regional defence conference, "
        "which is scheduled to be held in Quito in late June.")


@pytest.mark.parametrize("between", [
    "Ruiz said the two navies had expanded their exercises.\n\nRuiz noted that training exchanges had doubled.\n\n"
    "Soto said the Chilean side is ready to hold the joint exercise as planned.\n\n",
    "Soto said the Chilean side appreciates the support.\n\nRuiz said Peru is ready to host the next round.\n\n"
    "Soto added that the two militaries would hold staff talks.\n\n",
    "Ruiz said the partnership had grown.\n\nThis year marks the tenth anniversary of the agreement, Soto noted.\n\n"
    "Ruiz added that the two sides would share information.\n\n",
])
def test_the_two_ministers_after_each_named_in_turn(nlp, between):
    x = extract_text(nlp, CALL + between + PLAN)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert ("Carlos Ruiz", "Paula Soto") in meeting_pairs(x)
    assert len(planned) == 1


@pytest.mark.parametrize("between", [
    "Ruiz said the two navies had expanded their exercises.\n\nRuiz noted that training exchanges had doubled.\n\n"
    "Ruiz said Peru is ready to host the next round.\n\n",
    "Ruiz said the two navies had expanded their exercises.\n\nNavy chief Admiral Luis Vega said training had doubled.\n\n"
    "Soto said the Chilean side is ready.\n\n",
])
def test_not_when_one_is_left_out_or_another_is_named(nlp, between):
    x = extract_text(nlp, CALL + between + PLAN)
    assert not [mt for mt in x.meetings if mt.status == "planned"]
