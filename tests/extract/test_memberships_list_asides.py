"""Lists of members with a bracketed aside after one of them (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def _members(x, name: str) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if fw == name and role == "member"}


def test_list_goes_on_after_an_aside(nlp):
    x = _extract(nlp, "Spain has been an observer at the Western Ocean Commission since 2019; the Commission is made up of "
                      "Morocco, Portugal (on behalf of Madeira), Senegal, Gambia and Cape Verde.")
    assert _members(x, "Western Ocean Commission") == {"MAR", "PRT", "SEN", "GMB", "CPV"}


def test_list_with_a_dated_aside(nlp):
    x = _extract(nlp, "The Andean Defence Organisation comprises Peru, Chile (since 1990), Bolivia and Ecuador.")
    assert _members(x, "Andean Defence Organisation") == {"PER", "CHL", "BOL", "ECU"}


def test_country_inside_an_aside_is_not_listed(nlp):
    x = _extract(nlp, "The Channel Group brings together France, the United Kingdom (which took over from Ireland), "
                      "Belgium and the Netherlands.")
    assert _members(x, "Channel Group") == {"FRA", "GBR", "BEL", "NLD"}
