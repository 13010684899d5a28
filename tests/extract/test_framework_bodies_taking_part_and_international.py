""""The X Union, which takes part in G work without being a full member, ...": a known body said to take
part in another is a relation of the article (kept, no membership); "the Y International Government
Organisation (YIGO)": a body named by its acronym whose name says it is international is kept with no
member named (a national "... Organisation (DRDO)" is not) (invented sentences, no names from the
tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _bodies(nlp, text: str) -> set[str]:
    return {f.name for f in extract_text(nlp, text).frameworks}


def test_a_body_taking_part_in_another(nlp):
    text = "The European Union, which takes part in the summit without being a full member, was represented by its envoy, Ines Varro."
    assert "EU" in _bodies(nlp, text)
    assert not membership_triples(extract_text(nlp, text))


def test_a_body_merely_represented_is_no_framework(nlp):
    assert "EU" not in _bodies(nlp, "Officials said the plan follows European Union rules, Defence Minister Ines Varro said.")


def test_an_international_body_by_its_acronym(nlp):
    text = "Spain and Portugal are developing the drone through the Iberian Drone International Government Organisation (IDIGO) in Seville."
    assert "Iberian Drone International Government Organisation" in _bodies(nlp, text)


def test_a_national_body_by_its_acronym_is_no_framework(nlp):
    text = "Spain is developing the drone through its Defence Research and Development Organisation (DRDO) in Seville."
    assert not any("Organisation" in name for name in _bodies(nlp, text))
