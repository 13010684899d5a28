"""An objectless join after a founding clause joins the body founded ("A and B set up F in 2004, C
joined in 2009 and D in 2012"), also where the parse makes the comma- or semicolon-joined founding
clause the join's complement; not a join with an object of its own ("C joined a trade pact").
Invented text."""

from __future__ import annotations

import pytest
from extract_helpers import members_stated

BODY = "Mekong Patrol Organisation"


def _members(text: str, nlp) -> set[str]:
    return {iso for iso, name, role in members_stated(text, nlp) if name == BODY and role == "member"}


@pytest.mark.parametrize("text, members", [
    ("Vietnam, Laos, Thailand and Cambodia set up the Mekong Patrol Organisation (MPO) in 2004, Myanmar joined in 2009 and China in 2012.",
     {"VNM", "LAO", "THA", "KHM", "MMR", "CHN"}),
    ("Vietnam and Laos founded the Mekong Patrol Organisation (MPO) in 2004; Myanmar joined in 2009.", {"VNM", "LAO", "MMR"}),
    ("Vietnam and Laos launched the Mekong Patrol Organisation (MPO) in 2004, Myanmar joined later.", {"VNM", "LAO", "MMR"}),
])
def test_the_joiner_after_the_founders_is_a_member(nlp, text, members):
    assert _members(text, nlp) == members


def test_a_join_with_its_own_object_joins_no_body_founded(nlp):
    text = "Vietnam and Laos launched the Mekong Patrol Organisation (MPO) in 2004, Myanmar joined a trade pact later."
    assert "MMR" not in _members(text, nlp)
