""""Washington DC" / "Washington D.C." is the city, whole: its "DC" is no person, and so takes no
post named before it ("Naval Attaché at the Embassy of X in Washington DC")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_attache_at_an_embassy_in_washington_dc(nlp):
    x = extract_text(nlp, "Commodore Ola Brekke, Naval Attaché at the Embassy of Norway in Washington DC, is also accredited to Mexico.")
    assert person_names(x) == ["Ola Brekke"]
    assert holdings(x) == {("Ola Brekke", "Naval Attache", "NOR")}


def test_written_with_full_stops(nlp):
    x = extract_text(nlp, "Captain Rhys Mallory, Defence Attaché at the Embassy of Denmark in Washington D.C., met officials.")
    assert person_names(x) == ["Rhys Mallory"]


def test_flown_from_washington_dc(nlp):
    x = extract_text(nlp, "Colonel Ana Ruiz, the Defence Attaché of Chile, flew from Washington DC to Ottawa on Monday.")
    assert person_names(x) == ["Ana Ruiz"]
