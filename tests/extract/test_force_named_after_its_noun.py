"""A force or mission named right after its lower-case noun ("the UN-led peacekeeping force KAFOR
Ariadne", "the training mission EUTM Varna") is a body the model may read as a person: no person.
A name after a post is still a person's. On invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)


def test_a_force_named_after_its_noun_is_no_person(nlp):
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk visited Camp Lorca, the headquarters of the UN-led "
                          "peacekeeping force KAFOR Ariadne, where he held a meeting with its commander.", PUBLISHED)
    assert not any("Ariadne" in name for name in person_names(x))


def test_a_mission_named_after_its_noun_is_no_person(nlp):
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk met troops serving with the training mission "
                          "EUTM Varna on Monday.", PUBLISHED)
    assert not any("Varna" in name for name in person_names(x))


def test_a_name_after_a_forces_post_stays_a_person(nlp):
    x = extract_text(nlp, "Peruvian Defence Minister Pavel Drenk met the force commander Otto Brenner on Monday.", PUBLISHED)
    assert "Otto Brenner" in person_names(x)
