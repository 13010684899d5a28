""""F, of which B is a dialogue partner": B is F's dialogue partner, not one of the members listed
before the clause ("A is one of the members of F, of which B is a dialogue partner"), on invented
sentences, with a look-alike that gives no role."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))
SOF = "Southern Ocean Forum"


def _members(nlp, text: str) -> set[tuple[str, str, str]]:
    return membership_triples(_extract(nlp, text))


def test_of_which_a_dialogue_partner_after_a_member(nlp):
    got = _members(nlp, f"Peru is one of the nine members of the {SOF}, of which Norway is a dialogue partner.")
    assert ("NOR", SOF, "dialogue partner") in got
    assert ("NOR", SOF, "member") not in got


def test_of_which_both_dialogue_partners_set_off(nlp):
    got = _members(nlp, f"The {SOF}, of which Norway and Iceland are both dialogue partners, met in Lima on Monday.")
    assert got == {("NOR", SOF, "dialogue partner"), ("ISL", SOF, "dialogue partner")}


def test_of_which_a_dialogue_partner_after_a_joining(nlp):
    got = _members(nlp, f"Chile joined the {SOF} in 2019, of which Iceland was already a dialogue partner.")
    assert ("ISL", SOF, "dialogue partner") in got
    assert ("ISL", SOF, "member") not in got


def test_of_which_a_trading_partner_is_no_role(nlp):
    got = _members(nlp, f"The {SOF}, of which Norway is a major trading partner, met in Lima on Monday.")
    assert not any(c == "NOR" for c, _, _ in got)
