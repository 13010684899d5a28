"""Bodies "made up of" a list: in a main clause, after an acronym, hyphenated names (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def _members(x, name: str) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if fw == name and role == "member"}


def test_body_is_made_up_of_a_list(nlp):
    x = _extract(nlp, "The Gulf Six is made up of Qatar, Oman, Bahrain and Kuwait.")
    assert "Gulf Six" in framework_kinds(x)
    assert _members(x, "Gulf Six") == {"QAT", "OMN", "BHR", "KWT"}


def test_body_is_currently_made_up_of_a_list(nlp):
    x = _extract(nlp, "The Adriatic-Ionian Four is currently made up of Italy, Greece, Albania and Croatia.")
    assert _members(x, "Adriatic-Ionian Four") == {"ITA", "GRC", "ALB", "HRV"}


def test_hyphenated_body_with_acronym_which_is_made_up_of(nlp):
    x = _extract(nlp, "Ministers also discussed the Adriatic-Ionian Four (AI4), which is made up of Italy, Greece, "
                      "Albania and Croatia, and the air policing mission.")
    assert "Adriatic-Ionian Four" in framework_kinds(x)
    assert _members(x, "Adriatic-Ionian Four") == {"ITA", "GRC", "ALB", "HRV"}


def test_hyphenated_body_which_is_made_up_of(nlp):
    x = _extract(nlp, "Ministers also discussed the Adriatic-Ionian Four, which is made up of Italy, Greece, Albania and Croatia.")
    assert _members(x, "Adriatic-Ionian Four") == {"ITA", "GRC", "ALB", "HRV"}


def test_made_up_of_people_or_chapters_is_no_body(nlp):
    x = _extract(nlp, "The Adriatic-Ionian Command is made up of officers from Italy and Greece. "
                      "The Adriatic Report is made up of chapters on Italy, Greece and Albania.")
    assert "Adriatic-Ionian Command" not in framework_kinds(x)
    assert "Adriatic Report" not in framework_kinds(x)
