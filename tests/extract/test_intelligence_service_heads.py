"""The head of a country's intelligence service named before his name ("the Chief of the Ruritania
Intelligence Services X"): a post of that country, which is not the other participant's: on
sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_chief_of_a_country_intelligence_service_is_that_countrys(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Defence Minister Grace Akello met the Chief of the Rwanda Intelligence "
                          "Services Eric Habimana in Kampala on Tuesday.")
    found = holdings(x)
    assert ("Eric Habimana", "Intelligence Service Chief", "RWA") in found
    assert ("Grace Akello", "Defence Minister", "UGA") in found


def test_a_chief_of_another_body_is_no_intelligence_chief(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Defence Minister Grace Akello met the Chief of the Rwanda Development "
                          "Board Eric Habimana in Kampala on Tuesday.")
    assert not any(t == "Intelligence Service Chief" for _, t, _ in holdings(x))
