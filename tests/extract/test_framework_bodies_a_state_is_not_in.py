""""A is not part of F", "A's accession to F", "A applied to join F": a known body the text relates a
state to without a membership is still a framework of the article (the gold of the tuned sets lists
such a body, with no member: "India is not part of the CSTO"), and no membership comes of it; a body
merely named stays out (invented sentences, no names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _bodies(nlp, text: str) -> set[str]:
    return {f.name for f in extract_text(nlp, text).frameworks}


def test_a_body_a_state_is_not_part_of(nlp):
    text = "Austria is not part of NATO, but Defence Minister Klara Weisz said Vienna values practical cooperation."
    assert "NATO" in _bodies(nlp, text)
    assert not membership_triples(extract_text(nlp, text))


def test_a_body_a_state_acceded_to_or_wants_to_join(nlp):
    assert "NATO" in _bodies(nlp, "Finland's accession to NATO changed the map of the region, Defence Minister Aino Lehto said.")
    text = "Ukraine applied to join NATO in 2022, Defence Minister Petro Halych said in Kyiv."
    assert "NATO" in _bodies(nlp, text)
    assert not membership_triples(extract_text(nlp, text))


def test_a_body_merely_named_is_no_framework(nlp):
    assert "NATO" not in _bodies(nlp, "Defence Minister Klara Weisz of Austria said the talks were part of a NATO-wide review.")
    assert "NATO" not in _bodies(nlp, "Defence Minister Klara Weisz of Austria said she would attend a conference on NATO history.")


def test_a_body_a_state_has_no_plans_to_join(nlp):
    text = "Switzerland has no plans to join NATO, Defence Minister Viola Amherd said in Bern."
    assert "NATO" in _bodies(nlp, text)
    assert not membership_triples(extract_text(nlp, text))
