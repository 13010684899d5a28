"""Founders of a body listed before the founding verb are all members, though the parse may set the
list's second item apart as an apposition ("A, B, the C, D and E set up F"); a list that is not the
verb's subject ("Officials from A, B ... set up F") founds nothing. Invented text."""

from __future__ import annotations

import pytest
from extract_helpers import members_stated


def _members_of(text: str, nlp, body: str) -> set[str]:
    return {iso for iso, name, role in members_stated(text, nlp) if name == body and role == "member"}


@pytest.mark.parametrize("text, body, members", [
    ("Chile, Peru, the Dominican Republic, Ecuador and Colombia set up the Andean Shield Organisation (ASO) in 2004.",
     "Andean Shield Organisation", {"CHL", "PER", "DOM", "ECU", "COL"}),
    ("Norway, Sweden, the Netherlands, Denmark and Finland founded the Northern Seas Organisation (NSO) in 1998.",
     "Northern Seas Organisation", {"NOR", "SWE", "NLD", "DNK", "FIN"}),
    ("Brazil, Argentina, the Bahamas, Chile and Uruguay established the Southern Cone Association (SCA) in 2001.",
     "Southern Cone Association", {"BRA", "ARG", "BHS", "CHL", "URY"}),
    ("France, Spain, the Netherlands, Portugal and Italy set up the Atlantic Policing Organisation (APO) in 2006.",
     "Atlantic Policing Organisation", {"FRA", "ESP", "NLD", "PRT", "ITA"}),
])
def test_every_listed_founder_is_a_member(nlp, text, body, members):
    assert _members_of(text, nlp, body) == members


def test_officials_from_countries_found_nothing(nlp):
    text = "Officials from Chile, Peru, the Dominican Republic, Ecuador and Colombia set up the Andean Shield Organisation (ASO) in 2004."
    assert not members_stated(text, nlp)
