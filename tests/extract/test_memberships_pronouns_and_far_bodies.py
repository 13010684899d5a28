"""Lists said of a body by a pronoun or a far description ("It now comprises five members — A, ...",
"The regional bloc now comprises 12 member states — A, ..."), quoted groupings before a kind word
("the informal 'Tetrad' framework, which comprises"), fellow members after "with", "..., and both are
members of F", "members of F, which A joined in 2025, and of G", "the F trade pact"; each with a
negative a careless rule would over-read."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_it_comprises_members_after_the_body_is_named(nlp):
    text = ("The Andes Security Conclave (ASC) began in 2020 as a maritime arrangement of Chile, Peru and Ecuador. "
            "It now comprises five members — Chile, Peru, Ecuador, Bolivia and Colombia — while Panama participates "
            "as an observer.")
    got = members_stated(text, nlp)
    name = "Andes Security Conclave"
    assert {(iso, name, "member") for iso in ("CHL", "PER", "ECU", "BOL", "COL")} <= got
    assert ("PAN", name, "member") not in got


def test_it_includes_is_not_read_as_a_body(nlp):
    text = ("The Andes Security Conclave (ASC) met in Lima in May. It included five members — Chile, Peru, Ecuador, "
            "Bolivia and Colombia — of the press corps.")
    assert not any(fw == "Andes Security Conclave" and iso == "BOL" for iso, fw, _ in members_stated(text, nlp))


def test_quoted_name_before_framework_which_comprises(nlp):
    text = ("The ministers discussed cooperation under the informal \"Tetrad\" framework, which comprises Brazil, "
            "Chile, Peru and Argentina.")
    got = members_stated(text, nlp)
    assert {(iso, "Tetrad", "member") for iso in ("BRA", "CHL", "PER", "ARG")} <= got


def test_quoted_lowercase_words_before_framework_are_no_name(nlp):
    text = "The ministers discussed the \"fair share\" framework with Brazil, Chile and Peru."
    assert not framework_kinds(extract_text(nlp, text))


def test_the_regional_bloc_far_after_the_only_organisation(nlp):
    text = ("Leaders of the Southern African Development Community (SADC) approved the force in 2024. "
            "\"Terror knows no borders. We must act now,\" the minister said. "
            "The regional bloc now comprises four member states — Zambia, Malawi, Botswana and Namibia.")
    got = members_stated(text, nlp)
    assert {(iso, "SADC", "member") for iso in ("ZMB", "MWI", "BWA", "NAM")} <= got


def test_the_bloc_is_no_one_when_two_organisations_were_named(nlp):
    text = ("Leaders of the Southern African Development Community (SADC) and of the African Union (AU) met in 2024. "
            "\"Terror knows no borders. We must act now,\" the minister said. "
            "The regional bloc now comprises four member states — Zambia, Malawi, Botswana and Namibia.")
    got = members_stated(text, nlp)
    assert not any(fw in ("SADC", "AU") and iso == "NAM" for iso, fw, _ in got)


def test_fellow_members_after_with(nlp):
    text = "Chile and Peru are also partners in the Andes Defence Forum with Ecuador and Bolivia."
    got = members_stated(text, nlp)
    assert {(iso, "Andes Defence Forum", "member") for iso in ("CHL", "PER", "ECU", "BOL")} <= got


def test_with_a_possessive_is_no_fellow_member(nlp):
    text = "Chile is a member of the Andes Defence Forum with Peru's backing."
    assert ("PER", "Andes Defence Forum", "member") not in members_stated(text, nlp)


def test_and_both_are_members_of_a_trade_pact(nlp):
    text = "Chile and Peru are partners in the Andes Defence Forum, and both are members of the Pacific Rim Partnership trade pact."
    got = members_stated(text, nlp)
    assert {("CHL", "Pacific Rim Partnership", "member"), ("PER", "Pacific Rim Partnership", "member")} <= got


def test_members_of_a_summit_of_the_body_are_not_its_members(nlp):
    text = "Chile and Peru are members of the Andes Defence Forum summit secretariat."
    assert not any(fw == "Andes Defence Forum" for _, fw, _ in members_stated(text, nlp))


def test_and_of_a_second_body_after_a_relative_clause(nlp):
    text = "Chile and Peru are both members of BRICS, which Chile formally joined in January 2025, and of the G20."
    got = members_stated(text, nlp)
    assert {("CHL", "G20", "member"), ("PER", "G20", "member")} <= got


def test_a_body_of_a_parent_body_named_by_a_pair_has_no_members(nlp):
    text = "The ministers met under the Committee on Defence Cooperation of the Chile-Peru Strategic Partnership Council."
    assert not any(fw == "Committee on Defence Cooperation" for _, fw, _ in members_stated(text, nlp))


def test_a_body_of_countries_still_has_them_as_members(nlp):
    text = "Ministers of the Andes Defence Forum of Chile, Peru and Ecuador met in Quito."
    got = members_stated(text, nlp)
    assert {(iso, "Andes Defence Forum", "member") for iso in ("CHL", "PER", "ECU")} <= got
