"""A second meeting held the same day as one already placed in the dateline's city, told with no
place of its own and nothing moving anyone elsewhere, is in the dateline's city too (the dateline
city used to go to the article's first meeting only); not a call, nor a meeting told in another
city or on another day. Invented names, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday: "Wednesday" is 11 March

LEAD = (
    "Kigali - Defence ministers of the Great Lakes Security Forum met in Kigali on Wednesday for the second "
    "session of the forum's Council of Defence Ministers, chaired by Rwanda's Minister of Defence, Pascal "
    "Mugenzi Kabera.\n\n"
    "On the sidelines of the session, Kabera held a bilateral with Burundi's Minister of Defence, Eloi "
    "Ndayizeye Buregeya, on border patrols.\n\n"
)


def _run(nlp, text, *names):
    """The place of the meeting of ``names`` told after the lead, and the meeting."""
    x = extract_text(nlp, LEAD + text, PUBLISHED)
    meeting = meetings_by_participants(x)[tuple(sorted(names))]
    return place_name(x, meeting), meeting


def test_three_ministers_met_the_same_evening(nlp):
    place, _ = _run(nlp, "Uganda's Minister of Defence, General Moses Okello Ayena, Tanzania's Minister of Defence, Halima "
                         "Juma Mwakyusa, and Kenya's Cabinet Secretary for Defence, Peter Kamau Njoroge, met on Wednesday "
                         "evening to discuss joint patrols on Lake Victoria.",
                    "Halima Juma Mwakyusa", "Moses Okello Ayena", "Peter Kamau Njoroge")
    assert place == "Kigali"


def test_two_ministers_held_talks_the_same_day(nlp):
    place, _ = _run(nlp, "On Wednesday afternoon, Uganda's Defence Minister Moses Okello Ayena held talks with his Tanzanian "
                         "counterpart Halima Juma Mwakyusa on the training of naval personnel.",
                    "Halima Juma Mwakyusa", "Moses Okello Ayena")
    assert place == "Kigali"


def test_a_meeting_told_with_the_day_after_the_topic(nlp):
    place, _ = _run(nlp, "Joint exercises were on the agenda when Tanzania's defence minister Halima Juma Mwakyusa "
                         "conferred with Kenyan Defence Secretary Peter Kamau Njoroge on Wednesday.",
                    "Halima Juma Mwakyusa", "Peter Kamau Njoroge")
    assert place == "Kigali"


def test_not_a_telephone_call_the_same_evening(nlp):
    place, meeting = _run(nlp, "On Wednesday evening, Uganda's Minister of Defence, General Moses Okello Ayena, spoke by "
                               "telephone with Tanzania's Minister of Defence, Halima Juma Mwakyusa, about joint patrols.",
                          "Halima Juma Mwakyusa", "Moses Okello Ayena")
    assert place is None


def test_not_a_meeting_told_in_another_city(nlp):
    place, _ = _run(nlp, "Uganda's Minister of Defence, General Moses Okello Ayena, and Tanzania's Minister of Defence, "
                         "Halima Juma Mwakyusa, held talks in Kampala on Wednesday evening on joint patrols.",
                    "Halima Juma Mwakyusa", "Moses Okello Ayena")
    assert place == "Kampala"


def test_not_a_meeting_of_another_day(nlp):
    place, _ = _run(nlp, "A week earlier, on 4 March, Uganda's Defence Minister Moses Okello Ayena met Tanzania's "
                         "Defence Minister Halima Juma Mwakyusa to discuss joint patrols.",
                    "Halima Juma Mwakyusa", "Moses Okello Ayena")
    assert place != "Kigali"
