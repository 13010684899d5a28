"""A role or a joining said without its body, the body named earlier in the sentence or just before:
"A, a founding member of F, and B, which joined in 1990", "C, also a founding member, ...", on
invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


TEXT = ("Chile, a founding member of the 12-member Andean Defence Forum, and Peru, which joined in 1990, have "
        "coordinated their positions at the forum. Ecuador, also a founding member, has offered to host talks.")


def test_which_joined_without_object_and_also_a_founding_member(nlp):
    assert members_stated(TEXT, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "ECU")}


def test_which_joined_an_agreement_or_other_thing_is_no_membership(nlp):
    for text in ("The ministers discussed the Lima Accord with Peru, which joined in 1990.",
                 "Chile, a founding member of the Andean Defence Forum, and Peru, which joined the talks in 1990, disagree.",
                 "Chile, a founding member of the Andean Defence Forum, and Peru, which has not joined, disagree."):
        assert ("PER", "Andean Defence Forum", "member") not in members_stated(text, nlp), text
