"""A meeting of a visiting compatriot is placed where the delegation is, but not where one of them went
only after the meeting's day ("visited Darwin on Thursday ... held talks with Y on Wednesday")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("Canberra, November 14 (ANI): Chief of Defence Staff General Anil Kapoor on Friday called on Chief of the "
        "Defence Force Admiral David Johnston at the Defence headquarters in Canberra, and the two discussed joint "
        "exercises.\n\n"
        "On Thursday, Gen Kapoor visited Darwin, where he met the Commander of Northern Command Rear Admiral Peter "
        "Quinn aboard HMAS Adelaide.\n\n")


@pytest.mark.parametrize("day", ["Wednesday", "Tuesday"])
def test_meeting_before_the_compatriots_trip_is_not_at_its_city(nlp, day):
    text = LEAD + ("The CDS's visit overlapped with that of Indian Defence Minister Rajesh Verma, who held talks with "
                   f"Australian Defence Minister Richard Marles on {day}.")
    x = extract_text(nlp, text, date(2026, 11, 14))
    assert place_name(x, meetings_by_participants(x)[("Anil Kapoor", "Peter Quinn")]) == "Darwin"
    assert place_name(x, meetings_by_participants(x)[("Rajesh Verma", "Richard Marles")]) != "Darwin"


def test_meeting_on_the_day_of_the_trip_is_at_its_city(nlp):
    text = LEAD + ("Indian Defence Minister Rajesh Verma, who accompanied the CDS, held talks with Australian Defence "
                   "Minister Richard Marles on Thursday.")
    x = extract_text(nlp, text, date(2026, 11, 14))
    assert place_name(x, meetings_by_participants(x)[("Rajesh Verma", "Richard Marles")]) == "Darwin"


def test_first_city_known_bounds_no_earlier_meeting(nlp):
    text = ("Indian Defence Minister Rajesh Verma held bilateral talks with Australian Defence Minister Richard Marles "
            "in Canberra on Wednesday.\n\n"
            "Marles and Verma welcomed the 5th meeting of the Joint Working Group, which was co-chaired by Indian "
            "Defence Secretary Sunil Rao and Australian Deputy Secretary Helen Moore on Tuesday.")
    x = extract_text(nlp, text, date(2026, 11, 14))
    assert place_name(x, meetings_by_participants(x)[("Helen Moore", "Sunil Rao")]) == "Canberra"


TOURED = LEAD.replace("where he met the Commander of Northern Command Rear Admiral Peter Quinn aboard HMAS Adelaide.",
                      "where he toured the naval base.")


@pytest.mark.parametrize(("day", "in_darwin"), [("Wednesday", False), ("Thursday", True)])
def test_the_day_of_a_trip_with_no_meeting_bounds_the_compatriots_meetings(nlp, day, in_darwin):
    # review mend: the move's own day ("On Thursday, X visited Darwin") says since when X is there
    text = TOURED + ("Indian Defence Minister Rajesh Verma, who accompanied the CDS, held talks with Australian "
                     f"Defence Minister Richard Marles on {day}.")
    x = extract_text(nlp, text, date(2026, 11, 14))
    assert (place_name(x, meetings_by_participants(x)[("Rajesh Verma", "Richard Marles")]) == "Darwin") is in_darwin
