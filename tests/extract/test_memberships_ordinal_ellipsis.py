"""An ordinal whose noun is left out ("and B became the tenth in 2021") stands for the role an
earlier ordinal of the sentence names ("A joined as its ninth member"), in the body that role was
read in; not when a noun (or an adjective) follows ("the tenth country to sign the pact", "the tenth
largest economy"), nor when negated ("B did not become the tenth")."""

from __future__ import annotations

from extract_helpers import members_stated


def test_ordinal_with_its_role_left_out(nlp):
    for text, body, country in (
            ("The Andes Forum was revived as a regional grouping in 2020. Ecuador joined as its fourth member in 2022, "
             "and Bolivia became the fifth in 2024.", "Andes Forum", "BOL"),
            ("Ghana became the fourth member of the Gulf Maritime Alliance in 2022, and Togo became the fifth a year later.",
             "Gulf Maritime Alliance", "TGO"),
            ("Fiji joined the Reef Forum as its third member in 2019, and Tonga is now the fourth.", "Reef Forum", "TON")):
        stated = members_stated(text, nlp)
        assert (country, body, "member") in stated, (text, stated)


def test_ordinal_with_a_noun_is_no_ellipsis(nlp):
    stated = members_stated("Ecuador joined the Andes Forum as its fourth member in 2022, and Bolivia became the fifth "
                            "country to sign the pact in 2024.", nlp)
    assert ("BOL", "Andes Forum", "member") not in stated, stated


def test_ordinal_ellipsis_not_negated_nor_another_ranking(nlp):
    """Review mend: a negated clause, or an adjective after the ordinal (another ranking), gives no member."""
    for text in ("Fiji joined the Reef Forum as its third member in 2019, but Samoa did not become the fourth in 2021.",
                 "Fiji joined the Reef Forum as its third member in 2019, and Samoa is the fourth largest economy.",
                 "Fiji joined the Reef Forum as its third member in 2019, and Samoa became the fourth largest spender."):
        stated = members_stated(text, nlp)
        assert ("WSM", "Reef Forum", "member") not in stated, (text, stated)
        assert ("FJI", "Reef Forum", "member") in stated, (text, stated)
