"""A past meeting verb between two titled names that the parser reads as a modifier of the second
("Minister A hosted Minister B": one noun phrase), and several hosts receiving several guests, on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)


def test_hosted_read_as_a_modifier_still_gives_the_host_and_guests(nlp):
    text = ("Kenya's Defence Minister Amina Otieno hosted Uganda's Defence Minister Jacob Okello and "
            "Tanzania's Defence Minister Rashid Mwinyi in Nairobi on Friday.")
    x = extract_text(nlp, text, PUBLISHED)
    meetings = meetings_by_participants(x)
    assert set(meetings) == {("Amina Otieno", "Jacob Okello", "Rashid Mwinyi")}
    meeting = meetings[("Amina Otieno", "Jacob Okello", "Rashid Mwinyi")]
    assert place_name(x, meeting) == "Nairobi"
    assert meeting.date is not None and meeting.date.iso == "2025-03-07"


def test_two_hosts_and_two_guests_sit_together(nlp):
    text = ("Chile's Foreign Minister Ana Soto and Defence Minister Luis Vera hosted Peruvian Foreign Minister "
            "Jorge Ruiz and Defence Minister Marta Quispe for talks in Santiago on Monday.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Ana Soto", "Jorge Ruiz", "Luis Vera", "Marta Quispe")}


def test_two_hosts_receiving_one_guest_are_two_meetings(nlp):
    text = ("Defence Minister Ana Soto and Army Commander Luis Vera received Peruvian Defence Minister "
            "Marta Quispe in Santiago on Monday.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Ana Soto", "Marta Quispe"), ("Luis Vera", "Marta Quispe")}


def test_a_thing_named_after_the_verb_is_no_guest(nlp):
    # "welcomed" modifies nothing that names a person: no meeting
    text = "Kenya's Defence Minister Amina Otieno welcomed the new training agreement in Nairobi on Friday."
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == set()


def test_two_hosts_still_to_receive_two_guests_are_pairs(nlp):
    text = ("Chile's Foreign Minister Ana Soto and Defence Minister Luis Vera are expected to host Peruvian "
            "Foreign Minister Jorge Ruiz and Defence Minister Marta Quispe for talks in Santiago.")
    assert len(meeting_pairs(extract_text(nlp, text, PUBLISHED))) == 4
