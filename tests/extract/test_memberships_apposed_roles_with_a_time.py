"""A role apposed to a country may carry its time before the closing comma ("Peru, an observer since
2013, ..."), on invented sentences."""

from __future__ import annotations

from extract_helpers import members_stated


def test_dialogue_partner_apposed_with_since_year(nlp):
    text = "Chile held talks in Hanoi. Norway, an ASEAN dialogue partner since 1994, has sent a frigate to the drill."
    assert ("NOR", "ASEAN", "dialogue partner") in members_stated(text, nlp)


def test_dialogue_partner_apposed_with_since_month_and_year(nlp):
    text = "Ghana, an ECOWAS dialogue partner since March 2001, will host the drill."
    assert ("GHA", "ECOWAS", "dialogue partner") in members_stated(text, nlp)


def test_role_until_a_year_is_not_held(nlp):
    text = "Norway, an ASEAN dialogue partner until 1994, has sent a frigate to the drill."
    assert not any(iso == "NOR" for iso, _, _ in members_stated(text, nlp))


def test_role_going_on_after_its_time_is_not_closed(nlp):
    text = "Norway, an ASEAN dialogue partner since 1994 and a key donor, has sent a frigate to the drill."
    assert not any(iso == "NOR" for iso, _, _ in members_stated(text, nlp))
