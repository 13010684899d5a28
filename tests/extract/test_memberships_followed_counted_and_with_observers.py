"""Memberships said by a later clause of a join ("B followed in 2017", "C became a member two years
later", "F in 2023, of which D is a founding member"), by a bare "All four", and by a "with" phrase
of observers (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_followed_after_a_join_and_gapped_on_its_date(nlp):
    got = members_stated("Latvia and Lithuania joined the Baltic Air Council in 2004, Estonia followed in 2008 "
                         "and Poland in 2012.", nlp)
    assert {(iso, "Baltic Air Council", "member") for iso in ("LVA", "LTU", "EST", "POL")} <= got


def test_followed_suit(nlp):
    got = members_stated("Peru joined the Pacific Naval Forum in 2011, and Chile followed suit two years later.", nlp)
    assert ("CHL", "Pacific Naval Forum", "member") in got


def test_followed_with_an_object_or_not_yet_is_no_join(nlp):
    got = members_stated("Kenya joined the Lakes Security Council in 2015, and Uganda followed the debate closely.", nlp)
    assert not any(iso == "UGA" for iso, _, _ in got)
    got = members_stated("Ghana joined the Gulf Maritime Forum in 2012; Togo will follow next year.", nlp)
    assert not any(iso == "TGO" for iso, _, _ in got)


def test_became_a_member_with_a_time_after_it(nlp):
    got = members_stated("Peru joined the Pacific Naval Forum in 2011, and Chile became a member three years later.", nlp)
    assert ("CHL", "Pacific Naval Forum", "member") in got


def test_became_a_member_of_another_body_is_not_elliptical(nlp):
    got = members_stated("Peru joined the Pacific Naval Forum in 2011, and Chile became a member of the Andean Club in 2014.", nlp)
    assert ("CHL", "Pacific Naval Forum", "member") not in got


def test_of_which_after_the_year_of_a_join(nlp):
    got = members_stated("Norway joined the Arctic Coast Guard Forum in 2015, of which Iceland is an observer.", nlp)
    assert ("ISL", "Arctic Coast Guard Forum", "observer") in got


def test_bare_all_four_is_the_four_countries_just_named(nlp):
    got = members_stated("Peru and Chile met in Lima, with Bolivia and Ecuador. All four belong to the Andean Defence Forum.", nlp)
    assert {(iso, "Andean Defence Forum", "member") for iso in ("PER", "CHL", "BOL", "ECU")} <= got


def test_bare_all_four_with_three_named_is_not_read(nlp):
    got = members_stated("Peru and Chile met in Lima, with Bolivia. All four belong to the Andean Defence Forum.", nlp)
    assert got == set()


def test_with_phrase_holding_observer_status(nlp):
    got = members_stated("Peru, Chile and Bolivia make up the Andean Defence Forum, with Argentina as a partner and "
                         "Brazil and Paraguay holding observer status.", nlp)
    assert {("BRA", "Andean Defence Forum", "observer"), ("PRY", "Andean Defence Forum", "observer")} <= got
    assert not any(iso == "ARG" for iso, _, _ in got)  # a partner is no role
    got = members_stated("Peru and Chile belong to the Andean Defence Forum, with Brazil holding observer status since 2019.", nlp)
    assert ("BRA", "Andean Defence Forum", "observer") in got


def test_with_phrase_of_another_clause_is_not_read(nlp):
    got = members_stated("The Andean Defence Forum met in Lima, with Brazil having hoped to hold observer status.", nlp)
    assert not any(iso == "BRA" for iso, _, _ in got)
