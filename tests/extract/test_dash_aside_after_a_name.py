"""A dash set off by spaces after a name opens an aside ("X - no relation - ..."): the name ends
before it, and the title before the name is still the name's; two people of one surname stay two.
A hyphen written tight stays inside a name. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, meeting_pairs, person_names

TEXT = (
    "Opening the meeting in Skopje, Defence Minister Petar Ivankov said regional cooperation was vital. "
    "The minister also held a bilateral with Montenegro's Deputy Minister of Defence, Stefan Ivankov - no relation - "
    "on the border crossing."
)


def test_an_aside_after_a_name_is_no_part_of_it(nlp):
    x = extract_text(nlp, TEXT)
    names = person_names(x)
    assert "Stefan Ivankov" in names and "Petar Ivankov" in names
    assert not any("-" in n or n.endswith(" no") for n in names)
    assert ("Stefan Ivankov", "Deputy Defence Minister", "MNE") in holdings(x)
    assert ("Petar Ivankov", "Stefan Ivankov") in meeting_pairs(x)


def test_an_en_dash_aside_too(nlp):
    x = extract_text(nlp, TEXT.replace(" - no relation - ", " – no relation – "))
    assert "Stefan Ivankov" in person_names(x)
    assert ("Stefan Ivankov", "Deputy Defence Minister", "MNE") in holdings(x)


def test_a_tight_hyphen_stays_in_the_name(nlp):
    x = extract_text(nlp, "Defence Minister Petar Ivankov met South Korean Defence Minister Park Jin-woon in Seoul on Monday.")
    assert "Park Jin-woon" in person_names(x)
