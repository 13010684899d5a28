""""A had invited B to Y and expected to host him there": "him" is the one invited and the meeting
to come is in Y (the town "there" points back to, or that B was invited to), not where A is now."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, place_name

PUBLISHED = date(2026, 3, 12)
HEAD = ("Chile and Ghana deepen defence ties\n\nDefence Minister Pedro Alvarado Rios held talks with his Ghanaian "
        "counterpart Kwame Mensah Boateng in Accra on Tuesday.\n\n")


def _planned(x):
    names = {p.key: p.name for p in x.persons}
    return [(sorted(names[k] for k in mt.participants), place_name(x, mt)) for mt in x.meetings if mt.status == "planned"]


@pytest.mark.parametrize("sentence", [
    "Alvarado Rios said he had invited Kwame Mensah Boateng to Santiago and expected to host him there in the autumn.",
    "Alvarado Rios invited Kwame Mensah Boateng to Santiago and will host him there later this year.",
    "The Chilean minister has invited Mensah Boateng to Santiago and hopes to receive him in October.",
])
def test_the_one_invited_is_hosted_in_the_town_invited_to(nlp, sentence):
    planned = _planned(extract_text(nlp, HEAD + sentence, PUBLISHED))
    assert (["Kwame Mensah Boateng", "Pedro Alvarado Rios"], "Santiago") in planned


def test_an_invitation_with_no_meeting_verb_plans_nothing(nlp):
    text = HEAD + "Alvarado Rios invited Kwame Mensah Boateng to Santiago and thanked him for the talks."
    assert _planned(extract_text(nlp, text, PUBLISHED)) == []
