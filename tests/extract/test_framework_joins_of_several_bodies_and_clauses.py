"""A join verb with several bodies ("joined F and G", "joined F in 2019 and G in 2021"), and a list of
fellow members that ends where a new clause with its own subject starts (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def _members_of(got: set[tuple[str, str, str]], framework: str, role: str = "member") -> set[str]:
    return {c for c, fw, r in got if fw == framework and r == role}


def test_joined_two_bodies_conjoined(nlp):
    got = members_stated("Uruguay joined the River Plate Maritime Forum and the Southern Cone Defence Council in 2016.", nlp)
    assert _members_of(got, "River Plate Maritime Forum") == {"URY"}
    assert _members_of(got, "Southern Cone Defence Council") == {"URY"}


def test_joined_second_body_with_the_verb_left_out(nlp):
    got = members_stated("Kenya joined the Lakes Security Organisation as a full member in 2014 and the Rift Naval Forum in 2019.", nlp)
    assert _members_of(got, "Lakes Security Organisation") == {"KEN"}
    assert _members_of(got, "Rift Naval Forum") == {"KEN"}


def test_second_country_gapped_joins_no_second_body(nlp):
    got = members_stated("Kenya joined the Rift Naval Forum as an observer in 2014 and Uganda in 2019.", nlp)
    assert not {fw for _, fw, _ in got} - {"Rift Naval Forum"}


def test_fellow_list_ends_before_a_clause_with_its_own_subject(nlp):
    got = members_stated("Ghana is a member of the Gulf Coast Maritime Commission alongside Togo, Benin and Nigeria, "
                         "and Senegal joined the Commission as an observer in 2021.", nlp)
    assert _members_of(got, "Gulf Coast Maritime Commission") == {"GHA", "TGO", "BEN", "NGA"}
    assert _members_of(got, "Gulf Coast Maritime Commission", "observer") == {"SEN"}


def test_fellow_list_with_a_serial_comma_keeps_its_last_country(nlp):
    got = members_stated("Ghana is a member of the Gulf Coast Maritime Commission alongside Togo, Benin, and Nigeria.", nlp)
    assert _members_of(got, "Gulf Coast Maritime Commission") == {"GHA", "TGO", "BEN", "NGA"}
