""""Both countries are members of F" far from any pair stands for the article's lead pair, also when
a blank line parts the body from its " date" header line (the blanked header's sentence ends on that
blank line and was taken for the lead, when no dateline
marks where the lead starts)."""

from __future__ import annotations

from extract_helpers import members_stated

LEAD = ("\nPeruvian Defense Minister Walter Astudillo and his Chilean counterpart, "
        "Defense Minister Beatriz Olmedo, signed a letter of intent on pilot training on Friday. "
        "Astudillo said the talks were productive. "
        "Lima plans to buy radars, officials said. "
        "Olmedo said the deal was consistent with Chile's National Defense Policy. ")


def test_both_countries_far_from_the_lead_are_its_pair(nlp):
    found = members_stated(LEAD + "Both countries are members of the G20.", nlp)
    assert {("PER", "G20", "member"), ("CHL", "G20", "member")} <= found


def test_another_pair_named_just_before_is_not_the_lead_pair(nlp):
    text = LEAD + "Olmedo also spoke of Bolivia and Ecuador. Both countries are members of the G20."
    found = members_stated(text, nlp)
    assert ("PER", "G20", "member") not in found
