""""F, of which A is one of five members alongside B and C": the counted role in a relative clause on
a body, on invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_of_which_one_of_counted_members_alongside(nlp):
    text = ("The talks also covered the Andean Defence Forum (ADF), of which Chile is one of four members "
            "alongside Peru, Ecuador and Bolivia.")
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("CHL", "PER", "ECU", "BOL")}


def test_one_of_the_largest_donors_is_no_role(nlp):
    text = ("The talks also covered the Andean Defence Forum (ADF), of which Chile is one of the largest donors "
            "alongside Peru.")
    assert members_stated(text, nlp) == set()
