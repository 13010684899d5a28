"""Two people joined as the subject of a verb that names whom they met ("A and Vice Adm. B,
commander of X, held talks with C"): B is of A's side, not of the place's country; on articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 3, 5)

LEAD = ("KINGSTON, Jamaica — Gen. Mark Tolland, commander of U.S. Southern Command, met with Minister of National Security "
        "Dwayne Pratt in Kingston, March 3. ")


def test_second_subject_is_of_the_first_ones_side(nlp):
    text = LEAD + ("On March 4, Tolland and Rear Adm. Joan Meyer, commander of Coast Guard Southern Sector, held talks with "
                   "Rear Admiral Derrick Kemp, commander of the Jamaica Defence Force, at Up Park Camp.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Joan Meyer", "Commander of Coast Guard Southern Sector", "USA") in held
    assert ("Joan Meyer", "Commander of Coast Guard Southern Sector", "JAM") not in held


def test_a_pair_meeting_each_other_stays_two_sides(nlp):
    # no one else met: "A and B held talks" are two sides, B keeps the host's post
    text = LEAD + "On March 4, Tolland and Rear Adm. Joan Meyer, commander of the coast guard, held talks at Up Park Camp.\n"
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Joan Meyer" and country == "USA" for name, _, country in held)
