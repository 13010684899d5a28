""""the Head of Mission and Force Commander of UNMIX, Major General X": a peace mission's post
written with the acronym the story spelt out before, with the holder after it in commas or before
it; the mission's post, no country's. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2026, 3, 12)
LEAD = "Danish troops have served with the United Nations Observer Mission in Veloria (UNOMIV) since 1998. "
MISSION = "United Nations Observer Mission in Veloria"


def _posts(nlp, sentence: str) -> dict:
    return posts_held(extract_text(nlp, LEAD + sentence + "\n", PUBLISHED))


def test_title_of_the_acronym_then_the_name_in_commas(nlp):
    held = _posts(nlp, "Minister Karsten Holm met the Head of Mission and Force Commander of UNOMIV, Major General "
                       "Ilse Varhaug, in Copenhagen on Monday.")
    assert held.get("Ilse Varhaug") == [("Head of Mission and Force Commander", "", MISSION)]


def test_name_then_the_title_of_the_acronym(nlp):
    held = _posts(nlp, "Minister Karsten Holm met Major General Ilse Varhaug, Force Commander of UNOMIV, in Copenhagen "
                       "on Monday.")
    assert held.get("Ilse Varhaug") == [("Force Commander", "", MISSION)]


def test_a_national_force_by_its_acronym_stays_the_countrys(nlp):
    # must not fire: the acronym is a country's own force, not a body with posts
    text = ("The Kenya Defence Forces (KDF) will host the drill. Minister Karsten Holm met the Commander of KDF, "
            "General Amos Kiprotich, in Nairobi on Monday.\n")
    held = posts_held(extract_text(nlp, text, PUBLISHED))
    assert all(body is None for _, _, body in held.get("Amos Kiprotich", []))
