""""A belongs to F, as does B": the elliptical "as do(es)" clause names more members, on invented
sentences; "but B does not", "as B noted" name none."""

from __future__ import annotations

from extract_helpers import members_stated


def test_belongs_as_does(nlp):
    text = "Peru belongs to the Andean Defence Forum, as do Chile and Bolivia."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("PER", "CHL", "BOL")}


def test_it_belongs_as_does_after_not_a_member_of_another(nlp):
    text = "Peru is not a member, although it belongs to the wider Andean Defence Forum (ADF), as does Chile."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "member") for iso in ("PER", "CHL")}


def test_no_member_from_but_does_not_or_as_noted(nlp):
    for text in ("Peru belongs to the Andean Defence Forum, but Chile does not.",
                 "Peru belongs to the Andean Defence Forum, as Chile noted."):
        assert members_stated(text, nlp) == {("PER", "Andean Defence Forum", "member")}, text
