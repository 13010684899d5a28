""""X sat down with A and B" and "A and B conferred with C" are one sitting of the three, whatever side they are on; "X met
A and B" stays a meeting with each. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2025, 3, 16)


def test_sat_down_with_two_is_one_meeting_of_three(nlp):
    x = extract_text(nlp, "Earlier on Tuesday, Defence Minister Arvind Rao sat down with Army chief Gen. Luis Mora and "
                     "Vice Adm. Pedro Ruiz, the commander of the Peruvian Navy, on the sidelines of a defence industry forum in Lima.",
                     PUBLISHED)
    assert meeting_pairs(x) == {("Arvind Rao", "Luis Mora", "Pedro Ruiz")}


def test_met_two_stays_two_meetings(nlp):
    x = extract_text(nlp, "Earlier on Tuesday, Defence Minister Arvind Rao met Army chief Gen. Luis Mora and Vice Adm. "
                     "Pedro Ruiz in Lima.", PUBLISHED)
    assert meeting_pairs(x) == {("Arvind Rao", "Luis Mora"), ("Arvind Rao", "Pedro Ruiz")}


def test_two_of_one_side_conferring_with_a_third_is_one_meeting_of_three(nlp):
    x = extract_text(nlp, "On Tuesday evening, the Chief of the Defence Staff of Norway, General Henrik Aasvang, and "
                     "the Norwegian Navy chief, Rear Adm. Oliver Berdal, conferred with the Danish Chief of Defence, "
                     "General Michael Hyldgaard, at the naval base in Bergen on mine countermeasures.", PUBLISHED)
    assert meeting_pairs(x) == {("Henrik Aasvang", "Michael Hyldgaard", "Oliver Berdal")}


def test_two_of_one_side_calling_on_a_third_stay_two_meetings(nlp):
    x = extract_text(nlp, "On Tuesday, Norway's Chief of Defence General Henrik Aasvang and Navy chief Rear Adm. "
                     "Oliver Berdal called on Danish Prime Minister Mette Frederiksen in Copenhagen.", PUBLISHED)
    assert meeting_pairs(x) == {("Henrik Aasvang", "Mette Frederiksen"), ("Mette Frederiksen", "Oliver Berdal")}


def test_a_joint_subject_that_sat_down_for_talks_met(nlp):
    text = ("Chile's Defence Minister Ana Soto and her Peruvian counterpart Jorge Ruiz, who is also Peru's "
            "Deputy Prime Minister, sat down for talks at the Defence Ministry in Santiago on Monday.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Ana Soto", "Jorge Ruiz")}


def test_sitting_down_for_a_meal_is_no_meeting(nlp):
    text = "Chile's Defence Minister Ana Soto and Army Commander Luis Vera sat down for lunch in Santiago on Monday."
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == set()
