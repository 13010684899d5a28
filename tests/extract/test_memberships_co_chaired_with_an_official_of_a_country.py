"""An official who co-chairs a dialogue "together with the Defense Secretary of B, Y" makes neither
country a co-chair (officials co-chair a dialogue; their countries are not its co-chairs), while
"A co-chairs the X Committee with B" still does (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _co_chairs(x) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if role == "co-chair"}


def test_official_co_chairs_with_an_official_of_a_country(nlp):
    x = extract_text(nlp, "Deputy Minister Ivo Brandt, who was part of the delegation, had co-chaired the 3rd Chile-Peru "
                          "Defense Policy Dialogue in Lima on Wednesday together with the Defense Secretary of Peru, Oren Malk.")
    assert not _co_chairs(x)


def test_country_co_chairs_with_a_country(nlp):
    x = extract_text(nlp, "The ministers reviewed the Coastal Security Committee. Norway co-chairs the Coastal Security "
                          "Committee with Chile.")
    assert _co_chairs(x) == {"NOR", "CHL"}
