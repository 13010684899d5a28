"""A capital list followed by its role set off by commas ("Oslo and Ottawa, both members of F, ...")
stands for its countries, also while unknown bodies are found; "dialogue partners of" names an unknown
body with a body's head word as "members of" does, a capital subject standing for its country
(invented names, no sentence from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_capitals_both_members_of_an_unknown_board(nlp):
    got = members_stated("Lima and Quito, both founding members of the Pacific Rim Board, signed the deal on Monday.", nlp)
    assert {c for c, fw, role in got if fw == "Pacific Rim Board" and role == "member"} == {"PER", "ECU"}


def test_capitals_all_members_of_an_unknown_platform(nlp):
    got = members_stated("Oslo, Helsinki and Stockholm, all members of the Nordic Shipping Platform, backed the plan.", nlp)
    assert {c for c, fw, _ in got if fw == "Nordic Shipping Platform"} == {"NOR", "FIN", "SWE"}


def test_a_capital_that_joined_an_unknown_network(nlp):
    got = members_stated("Oslo joined the Nordic Shipping Network in 2012.", nlp)
    assert ("NOR", "Nordic Shipping Network", "member") in got


def test_capitals_named_with_no_role_make_no_member(nlp):
    got = members_stated("Lima and Quito, the two capitals, signed a deal with the Pacific Rim Council.", nlp)
    assert not got


def test_a_capital_that_hosted_an_unknown_platform_is_no_member(nlp):
    got = members_stated("Oslo hosted the Nordic Shipping Platform in 2012.", nlp)
    assert not got


def test_dialogue_partners_of_an_unknown_network(nlp):
    got = members_stated("Chile and Peru are dialogue partners of the Pacific Rim Platform.", nlp)
    assert {(c, role) for c, fw, role in got if fw == "Pacific Rim Platform"} == {("CHL", "dialogue partner"), ("PER", "dialogue partner")}


def test_capitals_that_are_dialogue_partners(nlp):
    got = members_stated("Seoul and Canberra are dialogue partners of the Coral Sea Defence Network.", nlp)
    assert {(c, role) for c, fw, role in got if fw == "Coral Sea Defence Network"} == {("KOR", "dialogue partner"), ("AUS", "dialogue partner")}


def test_a_capital_that_became_a_dialogue_partner(nlp):
    got = members_stated("Lima became a dialogue partner of the Pacific Rim Network in 2019.", nlp)
    assert ("PER", "Pacific Rim Network", "dialogue partner") in got
