"""A rank with its qualifying words ("the Field Marshal", "the Vice Admiral") stands for the person
last named with that whole rank, not for one named with another grade of it ("Air Chief Marshal")."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs

LEAD = ("ANKARA, March 11 (AA): General Tadeusz Wrobel, Chief of the General Staff of Poland, called on Field Marshal "
        "Metin Gurak, Chief of the General Staff of Turkey, at the headquarters in Ankara on Tuesday.\n\n")


def test_field_marshal_stands_for_the_field_marshal_named_before(nlp):
    x = extract_text(nlp, LEAD + "The Field Marshal is due to travel to Warsaw in April for talks with Admiral Marek Lis, "
                                 "Poland's Chief of Naval Staff.")
    assert ("Marek Lis", "Metin Gurak") in meeting_pairs(x)


def test_another_grade_of_the_rank_is_not_meant(nlp):
    text = LEAD.replace("Field Marshal Metin Gurak", "Air Chief Marshal Metin Gurak")
    x = extract_text(nlp, text + "The Field Marshal is due to travel to Warsaw in April for talks with Admiral Marek Lis, "
                                 "Poland's Chief of Naval Staff.")
    assert ("Marek Lis", "Metin Gurak") not in meeting_pairs(x)
