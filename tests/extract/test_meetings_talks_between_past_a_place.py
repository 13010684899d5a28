"""A talk noun whose "between A and B" comes after its own place ("talks yesterday at the Ministry
of Defence in Accra between A and B": the parse hangs "between" on the building), and talks that an
agreement told as done followed ("have agreed to expand ties, following talks ..."): held, not
planned. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)


def test_between_after_the_building_of_the_talks(nlp):
    x = extract_text(nlp, "Ghana and Togo have agreed to expand cooperation in mine action and training, following "
                     "talks yesterday at the Ministry of Defence in Accra between Defence Minister Kofi Mensah and "
                     "his Togolese counterpart Yao Agbeko.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("Kofi Mensah", "Yao Agbeko")]
    assert talks.status == "held" and talks.date.iso == "2025-03-11" and place_name(x, talks) == "Accra"


def test_an_agreement_still_to_come_keeps_the_talks_planned(nlp):
    x = extract_text(nlp, "Ghana and Togo will agree to expand cooperation following talks next week between "
                     "Defence Minister Kofi Mensah and his Togolese counterpart Yao Agbeko.\n", PUBLISHED)
    assert meetings_by_participants(x)[("Kofi Mensah", "Yao Agbeko")].status == "planned"


def test_a_border_between_two_countries_is_no_meeting(nlp):
    x = extract_text(nlp, "Defence Minister Kofi Mensah said patrols at the crossing between Ghana and Togo "
                     "would be stepped up.\n", PUBLISHED)
    assert not x.meetings
