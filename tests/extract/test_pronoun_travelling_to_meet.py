""""A held talks with B in X. He is scheduled to fly to Y on Thursday to meet Prime Minister C":
the purpose clause ("to meet", "to hold talks with", "to call on") has no subject of its own; the
pronoun subject of the travel it hangs on is A; travel to no one ("to attend a forum") is no
meeting. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 10)  # a Tuesday
LEAD = ("LIMA - Peruvian Defence Minister Harun Kelvari held talks with Uruguayan Defence Minister Tomas Brenik "
        "in Lima on Monday, agreeing to expand naval training.\n\n")


def _with(x, name):
    return [mt for mt in x.meetings if name in participant_names(x, mt)]


def test_scheduled_to_fly_to_meet(nlp):
    x = extract_text(nlp, LEAD + "He is scheduled to fly to Quito on Thursday to meet Ecuadorian Prime Minister "
                     "Ilan Vostrik before returning home on Saturday.\n", PUBLISHED)
    found = _with(x, "Ilan Vostrik")
    assert [participant_names(x, mt) for mt in found] == [["Harun Kelvari", "Ilan Vostrik"]]
    assert found[0].status == "planned"
    assert found[0].date.iso == "2026-03-12"  # the Thursday of the flight, not the return's Saturday


def test_will_travel_on_to_hold_talks(nlp):
    x = extract_text(nlp, LEAD + "Later this week he will travel on to Santiago to hold talks with the Chilean "
                     "Minister of National Defence, Marek Dunavan.\n", PUBLISHED)
    found = _with(x, "Marek Dunavan")
    assert [participant_names(x, mt) for mt in found] == [["Harun Kelvari", "Marek Dunavan"]]
    assert found[0].status == "planned"


def test_flew_to_call_on(nlp):
    x = extract_text(nlp, LEAD + "On Tuesday he flew to Asuncion to call on Paraguayan President Lida Orvane.\n", PUBLISHED)
    found = _with(x, "Lida Orvane")
    assert [participant_names(x, mt) for mt in found] == [["Harun Kelvari", "Lida Orvane"]]
    assert found[0].status == "held"


def test_travel_to_attend_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "He is scheduled to fly to Quito on Thursday to attend a regional security forum.\n", PUBLISHED)
    assert [participant_names(x, mt) for mt in x.meetings] == [["Harun Kelvari", "Tomas Brenik"]]
