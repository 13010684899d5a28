""""She was accompanied by Lieutenant General X (Chief of Staff of the Defence Forces). ... the Minister
and the Chief of Staff held talks with Y": a bare title of two words or more that ends the post of the
one person named before with it is that person; with two such posts ("Army Chief of Staff" too)
either may be meant and it stays no one's. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
TALKS = ("\n\nOn Monday, the Minister and the Chief of Staff held talks with the Minister of National Defence of "
         "Uruguay, Tomas Velk, at the Ministry of National Defence in Montevideo.\n")


def _talks(x):
    return [participant_names(x, mt) for mt in x.meetings]


def test_chief_of_staff_is_the_chief_of_staff_of_the_defence_forces(nlp):
    x = extract_text(nlp, "Estonia's Minister of Defence Orla Brennick today concluded a two-day visit to Uruguay. She "
                     "was accompanied by Lieutenant General Kaspar Tamme (Chief of Staff of the Defence Forces)." + TALKS,
                     PUBLISHED)
    assert ["Kaspar Tamme", "Orla Brennick", "Tomas Velk"] in _talks(x)


def test_two_chiefs_of_staff_leave_the_bare_title_to_no_one(nlp):
    x = extract_text(nlp, "Estonia's Minister of Defence Orla Brennick today concluded a two-day visit to Uruguay. She "
                     "was accompanied by Lieutenant General Kaspar Tamme, Chief of Staff of the Defence Forces, and "
                     "Colonel Rein Sepp, Army Chief of Staff." + TALKS, PUBLISHED)
    assert all("Kaspar Tamme" not in p and "Rein Sepp" not in p for p in _talks(x))
