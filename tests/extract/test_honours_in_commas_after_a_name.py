"""Honours written after a name, each set off by commas ("Field Marshal X, NI (M), HJ, Chief of Army
Staff"; "Air Chief Marshal Y, BBP, OSP, ndc, psc, Chief of Air Staff"): the letters are no person, and
the post after them is the name's, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2027, 2, 9)


def test_honours_in_commas_are_no_person_and_the_post_is_the_names(nlp):
    text = ("Rawalpindi - Air Chief Marshal Lars Berg, Chief of Air Staff of the Norwegian Air Force, who is on a visit to "
            "Pakistan, called on Field Marshal Imran Qadir, NI (M), HJ, Chief of Defence Forces and Chief of Army Staff, at GHQ today.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Imran Qadir", "Lars Berg"]
    held = holdings(x)
    assert ("Imran Qadir", "Chief of Defence Forces", "PAK") in held
    assert ("Imran Qadir", "Chief of Army Staff", "PAK") in held


def test_honours_with_their_division_joined_and_staff_college_letters(nlp):
    text = ("Rawalpindi - Air Chief Marshal Lars Berg, BBP, OSP, GUP, ndc, psc, Chief of Air Staff of the Norwegian "
            "Air Force, who is on a visit to Pakistan, called on General Imran Qadir, HI(M), SBt, Chief of Army Staff, at GHQ today.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Imran Qadir", "Lars Berg"]
    held = holdings(x)
    assert ("Lars Berg", "Chief of Air Staff", "NOR") in held
    assert ("Imran Qadir", "Chief of Army Staff", "PAK") in held


def test_a_name_in_commas_is_another_person_not_an_honour(nlp):
    # "X, Y, Chief of Naval Staff": Y is a second person, the post is Y's, not X's
    text = ("Rawalpindi - Air Chief Marshal Lars Berg, who is on a visit to Pakistan, called on General Imran Qadir, "
            "Tariq Baig, Chief of Naval Staff, at GHQ today.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Imran Qadir" for name, _, _ in held)
    assert ("Tariq Baig", "Chief of Naval Staff", "PAK") in held
