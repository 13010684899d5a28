""""The defence ministers of A, B and C met in X on <day>", then a sentence naming them: one
meeting of those persons, on that day, in that place."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 10, 25)
LEAD = ("LIMA, Oct 25 (Reuters) - The defence ministers of Chile, Peru and Bolivia met in Lima on Saturday to "
        "coordinate their response to drug trafficking, officials said.\n\n")


def test_host_and_guests_named_after_a_group_meeting_are_one_meeting_of_its_day_and_place(nlp):
    text = LEAD + (
        "Peru's Minister of Defence, Carlos Medina Soto, hosted his Chilean and Bolivian counterparts, Pablo Rojas "
        "and Luis Quispe, for talks on intelligence sharing and joint border patrols, according to a statement.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    found = meetings_by_participants(x)
    assert list(found) == [("Carlos Medina Soto", "Luis Quispe", "Pablo Rojas")]
    meeting = found[("Carlos Medina Soto", "Luis Quispe", "Pablo Rojas")]
    assert meeting.date is not None and meeting.date.iso == "2026-10-24"
    assert place_name(x, meeting) == "Lima"


def test_separate_talks_after_a_group_meeting_stay_apart(nlp):
    text = LEAD + (
        "Peru's Minister of Defence, Carlos Medina Soto, held separate talks with his Chilean and Bolivian "
        "counterparts, Pablo Rojas and Luis Quispe, on border patrols.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert set(meetings_by_participants(x)) == {("Carlos Medina Soto", "Pablo Rojas"), ("Carlos Medina Soto", "Luis Quispe")}


def test_a_guest_of_another_country_is_no_member_of_the_group(nlp):
    text = LEAD + (
        "Peru's Minister of Defence, Carlos Medina Soto, hosted his Brazilian and Bolivian counterparts, Marcos "
        "Almeida and Luis Quispe, for talks on river patrols.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    # the host's guests meet him together, but that is not the group's meeting told before: not its day
    meeting = meetings_by_participants(x)[("Carlos Medina Soto", "Luis Quispe", "Marcos Almeida")]
    assert meeting.date is None


def test_a_guest_of_no_known_country_joins_the_group_s_meeting(nlp):
    text = LEAD + ("Peru's Minister of Defence, Carlos Medina Soto, hosted Chile's Defence Minister Pablo Rojas and Luis "
                   "Quispe for talks on intelligence sharing.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert list(meetings_by_participants(x)) == [("Carlos Medina Soto", "Luis Quispe", "Pablo Rojas")]


def test_a_group_meeting_told_as_background_gives_the_named_meeting_no_day(nlp):
    text = (
        "LIMA, Oct 25 (Reuters) - The defence ministers of Chile, Peru and Bolivia had last met in Santiago on "
        "3 May 2025.\n\n"
        "Peru's Minister of Defence, Carlos Medina Soto, hosted his Chilean and Bolivian counterparts, Pablo Rojas "
        "and Luis Quispe, in Lima.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    found = meetings_by_participants(x)
    assert found
    assert all(m.date is None or m.date.iso != "2025-05-03" for m in found.values())
    assert all(place_name(x, m) != "Santiago" for m in found.values())


def test_talks_on_days_of_their_own_after_a_group_meeting_stay_apart(nlp):
    text = LEAD + (
        "Peru's Minister of Defence, Carlos Medina Soto, held talks with Chilean Defence Minister Pablo Rojas on "
        "Friday, and then with Bolivian Defence Minister Luis Quispe on Sunday.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    found = meetings_by_participants(x)
    assert set(found) == {("Carlos Medina Soto", "Pablo Rojas"), ("Carlos Medina Soto", "Luis Quispe")}
    assert found[("Carlos Medina Soto", "Pablo Rojas")].date.iso == "2026-10-23"
    assert found[("Carlos Medina Soto", "Luis Quispe")].date.iso == "2026-10-25"


def test_bilateral_ties_as_the_group_meeting_s_purpose_keep_the_guests_together(nlp):
    text = (
        "LIMA, Oct 25 (Reuters) - The defence ministers of Chile, Peru and Bolivia met in Lima on Saturday to "
        "discuss bilateral ties and border patrols.\n\n"
        "Peru's Minister of Defence, Carlos Medina Soto, hosted his Chilean and Bolivian counterparts, Pablo Rojas "
        "and Luis Quispe, at the ministry.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    found = meetings_by_participants(x)
    assert list(found) == [("Carlos Medina Soto", "Luis Quispe", "Pablo Rojas")]
    assert found[("Carlos Medina Soto", "Luis Quispe", "Pablo Rojas")].date.iso == "2026-10-24"
