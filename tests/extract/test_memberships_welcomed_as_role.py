"""A country taken in "as" a role by a done verb of admitting ("A welcomed B as a dialogue partner of the
grouping", "F accepted B and C as observers"), on invented sentences: the object gets the role, not
the subject; a negated or future welcome gives none."""

from __future__ import annotations

from extract_helpers import members_stated


def test_welcomed_as_dialogue_partner_of_the_grouping(nlp):
    text = ("Chile, a founding member of the Andean Defence Forum (ADF), welcomed Spain as a dialogue partner "
            "of the grouping in 2021.")
    assert members_stated(text, nlp) == {("CHL", "Andean Defence Forum", "member"),
                                         ("ESP", "Andean Defence Forum", "dialogue partner")}


def test_accepted_as_observers(nlp):
    text = "The forum accepted Spain and Portugal as observers of the Andean Defence Forum last year."
    assert members_stated(text, nlp) == {(iso, "Andean Defence Forum", "observer") for iso in ("ESP", "PRT")}


def test_no_role_from_a_welcome_not_done(nlp):
    for text in ("Chile has not welcomed Spain as a dialogue partner of the Andean Defence Forum.",
                 "Chile will welcome Spain as a dialogue partner of the Andean Defence Forum next year.",
                 "Chile welcomed Spain's minister as a guest of the Andean Defence Forum."):
        assert members_stated(text, nlp) == set(), text
