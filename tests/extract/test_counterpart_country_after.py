"""A counterpart's country written after the word or the name ("his counterpart X of Peru",
"her counterpart from Peru, X") mirrors the host's post as "his Peruvian counterpart X" does."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_counterpart_name_of_country(nlp):
    x = extract_text(nlp, "Mr Tomas Vidal, the Defence Minister of Bolivia, met his counterpart Rosa Quispe of Peru "
                          "in La Paz on Monday.")
    assert ("Rosa Quispe", "Defence Minister", "PER") in holdings(x)


def test_counterpart_from_country_then_name(nlp):
    x = extract_text(nlp, "Defence Minister Tomas Vidal of Bolivia met his counterpart from Peru, Rosa Quispe, "
                          "in La Paz on Monday.")
    assert ("Rosa Quispe", "Defence Minister", "PER") in holdings(x)


def test_counterpart_with_no_country_gets_no_mirrored_post(nlp):
    x = extract_text(nlp, "Mr Tomas Vidal, the Defence Minister of Bolivia, met his counterpart Rosa Quispe in La Paz "
                          "on Monday.")
    assert not any(person == "Rosa Quispe" and country == "PER" for person, _, country in holdings(x))
