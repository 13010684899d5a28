""""X held a meeting with the Estonian official": "the <nationality> official" with no name stands
for the one person of that country named before (as "the Polish leader" does), and a post with no
name after the "with" of "held talks (a meeting) with" is read as after "met". Not when two persons
of that country were named (which one is untold). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2027, 3, 28)

ARRIVAL = "Estonian Defence Secretary Arvo Kellan arrived in Iceland on Tuesday. "


def test_held_a_meeting_with_the_national_official(nlp):
    x = extract_text(nlp, ARRIVAL + "On Wednesday, Chief of General Staff of the Icelandic Coast Guard Rear Admiral Gunnar "
                     "Thorvik held a meeting with the Estonian official at the headquarters.\n", PUBLISHED)
    assert ("Arvo Kellan", "Gunnar Thorvik") in meeting_pairs(x)


def test_held_talks_with_the_national_post(nlp):
    x = extract_text(nlp, ARRIVAL + "On Wednesday, Icelandic Chief of Defence Gunnar Thorvik held talks with the Estonian "
                     "secretary at the headquarters.\n", PUBLISHED)
    assert ("Arvo Kellan", "Gunnar Thorvik") in meeting_pairs(x)


def test_national_official_as_subject(nlp):
    x = extract_text(nlp, ARRIVAL + "On Wednesday, the Estonian official met Rear Admiral Gunnar Thorvik in Reykjavik.\n", PUBLISHED)
    assert ("Arvo Kellan", "Gunnar Thorvik") in meeting_pairs(x)


def test_two_of_that_country_leave_the_official_untold(nlp):
    x = extract_text(nlp, "Estonian Defence Secretary Arvo Kellan and Estonian Ambassador Mari Tamm arrived in Iceland on "
                     "Tuesday. On Wednesday, Rear Admiral Gunnar Thorvik held a meeting with the Estonian official at the "
                     "headquarters.\n", PUBLISHED)
    assert meeting_pairs(x) == set()
