""""A received B in X on <day>. The two ministers are scheduled to meet again in Y in <month>": the
plan is another occasion; the meeting held stays beside it (a guard: both are told)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, participant_names, place_name

PUBLISHED = date(2027, 5, 14)  # a Friday
LEAD = ("Kenya's Defence Cabinet Secretary, Dr Amina Wekesa, on Wednesday received her Ugandan counterpart, "
        "General Peter Okello, in Nairobi. ")


@pytest.mark.parametrize("plan, day", [
    ("The two ministers are scheduled to meet again in Kampala in August.", "2027-08"),
    ("The two ministers will meet again in Kampala next year.", "2028"),
])
def test_a_plan_to_meet_again_keeps_the_meeting_held(nlp, plan, day):
    x = extract_text(nlp, LEAD + plan, PUBLISHED)
    found = {(m.status, m.date.iso if m.date else None, place_name(x, m)): participant_names(x, m) for m in x.meetings}
    assert found == {("held", "2027-05-12", "Nairobi"): ["Amina Wekesa", "Peter Okello"],
                     ("planned", day, "Kampala"): ["Amina Wekesa", "Peter Okello"]}


def test_others_meeting_again_are_no_plan_of_the_pair(nlp):
    x = extract_text(nlp, LEAD + "Tanzanian and Rwandan army chiefs are scheduled to meet again in Kampala in August.", PUBLISHED)
    assert [(m.status, place_name(x, m)) for m in x.meetings] == [("held", "Nairobi")]
