"""A release telling of its minister's "visit to <country>" (no dateline, no known city of that
country in its first sentence): whoever receives the minister there is of the country visited, not
of the release's home country. On invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)

LAYOUT = "From: Department of Defence\nPublished on 12 March 2026\n\n"
HOME = "\n\nIrish troops will leave by the end of the year. Ireland has served in the mission since 1978."


def test_the_receiver_during_a_visit_to_a_country_is_of_that_country(nlp):
    x = extract_text(nlp, LAYOUT + "The Minister for Defence, Ana Koral TD, today concluded a three-day visit to Jordan, from 9 "
                                   "to 11 March, to review the withdrawal of Irish personnel from the mission.\n\nOn Monday, the "
                                   "Minister was received by President Lionel Marsh at the Presidential Palace in Qasrana." + HOME,
                     PUBLISHED)
    assert ("Lionel Marsh", "President", "JOR") in holdings(x)
    assert ("Ana Koral", "Defence Minister", "IRL") in holdings(x)


def test_a_visit_told_only_later_lends_no_country(nlp):
    x = extract_text(nlp, LAYOUT + "The Minister for Defence, Ana Koral TD, today reviewed the withdrawal of Irish personnel from "
                                   "the mission. She will pay a visit to Jordan next year.\n\nOn Monday, the Minister was received "
                                   "by President Lionel Marsh at the Presidential Palace in Qasrana." + HOME, PUBLISHED)
    assert ("Lionel Marsh", "President", "JOR") not in holdings(x)
