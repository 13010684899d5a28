"""A role named right after its framework, set off after the countries it describes ("A and B,
both F observers, ..."), for every role noun, not only "dialogue partners" (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_both_observers_of_a_body_set_off(nlp):
    got = members_stated("Chile and Peru, both ASEAN observers, sent frigates to the drill.", nlp)
    assert {("CHL", "ASEAN", "observer"), ("PER", "ASEAN", "observer")} <= got


def test_founding_members_of_a_body_set_off(nlp):
    got = members_stated("Ghana and Togo, both founding ECOWAS members, sent observers to the vote.", nlp)
    assert {("GHA", "ECOWAS", "member"), ("TGO", "ECOWAS", "member")} <= got


def test_single_country_with_an_observer_role_set_off(nlp):
    got = members_stated("Norway, an ASEAN observer, hosted the seminar.", nlp)
    assert ("NOR", "ASEAN", "observer") in got


def test_a_role_opening_a_clause_is_not_set_off(nlp):
    got = members_stated("Chile met Peru, ASEAN observers said.", nlp)
    assert not any(role == "observer" for _, _, role in got)
