""""Together with C, A and B make up F" (the parse may hang every country on "with") and "F, which A
launched and which B and C joined" (a join in the second of two coordinated relative clauses), on
invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_together_with_opening_the_sentence_before_make_up(nlp):
    text = "Together with Bolivia, Chile and Peru also make up the three-member Andean Defence Forum, whose ministers last met in Lima."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("BOL", "CHL", "PER")}


def test_together_with_before_a_future_make_up_is_no_membership(nlp):
    text = "Together with Bolivia, Chile and Peru will make up the Andean Defence Forum."
    assert members_stated(text, nlp) == set()


def test_second_coordinated_relative_clause_joined(nlp):
    text = ("The officials discussed the Andean Defence Forum, which Chile launched in 2020 and which Peru and "
            "Ecuador joined alongside some 10 other countries.")
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("PER", "ECU")}


def test_second_coordinated_relative_clause_not_joined_or_left(nlp):
    for text in ("The officials discussed the Andean Defence Forum, which Chile launched in 2020 and which Peru has not joined.",
                 "The officials discussed the Andean Defence Forum, which Chile launched in 2020 and which Peru left in 2022."):
        assert members_stated(text, nlp) == set(), text
