"""A sentence the parser cut after a rank ("... Chief of Staff Lt Gen | X during a visit to Cairo
later this month"): the place told in the piece cut off is the meeting's, as its day already was."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("NAIROBI, Mar 11 (Reuters) Kenyan Defence Minister Aden Kiptoo held talks with Ugandan Defence Minister "
        "Jacob Okello on Tuesday.\n\n")


@pytest.mark.parametrize(("post", "city"), [
    ("Egypt's Chief of Staff of the Armed Forces Lt Gen", "Cairo"),
    ("Jordan's Chairman of the Joint Chiefs of Staff Maj Gen", "Amman"),
])
def test_visit_city_told_after_the_cut(nlp, post, city):
    text = LEAD + (f"Gen Kiptoo will hold talks with {post} Ahmed Fathy Khalifa during a visit to {city} later this "
                   "month, they added.")
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Ahmed Fathy Khalifa")]
    assert place_name(x, meeting) == city
    assert meeting.status == "planned" and meeting.date.iso == "2025-03"


def test_city_after_in_told_after_the_cut(nlp):
    text = LEAD + ("Gen Kiptoo is expected to hold talks with Egypt's Chief of Staff of the Armed Forces Lt Gen Ahmed "
                   "Fathy Khalifa in Cairo later this month, they added.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Aden Kiptoo", "Ahmed Fathy Khalifa")]) == "Cairo"


def test_visit_to_a_country_gives_no_city(nlp):
    text = LEAD + ("Gen Kiptoo will hold talks with Egypt's Chief of Staff of the Armed Forces Lt Gen Ahmed Fathy "
                   "Khalifa during a visit to Egypt later this month, they added.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Aden Kiptoo", "Ahmed Fathy Khalifa")]) is None


@pytest.mark.parametrize("rest", [
    "on Monday, who is due to pay a visit to Cairo next month.",
    ", who will lead a return visit to Cairo next month.",
])
def test_a_visit_told_in_a_relative_clause_of_the_piece_is_not_the_meetings(nlp, rest):
    # review mend: only the piece's words that still belong to the clause give the place, as for the day
    text = LEAD + ("Gen Kiptoo held talks with Egypt's Chief of Staff of the Armed Forces Lt Gen Ahmed Fathy Khalifa"
                   + ("" if rest.startswith(",") else " ") + rest)
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Aden Kiptoo", "Ahmed Fathy Khalifa")]) != "Cairo"
