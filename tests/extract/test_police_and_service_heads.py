"""Heads of a police force or a uniformed service written before the holder's name ("Inspector
General of Police Jane Roe", "Commissioner General of the Ruritania Prisons Service John Roe"):
the title is a post and the name after it a person: on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_inspector_general_of_police_before_a_name(nlp):
    x = extract_text(nlp, "ABUJA, March 10 - Nigerian Defence Minister Bello Musa met Inspector General of Police "
                          "Usman Lawal in Abuja on Tuesday to discuss border security.")
    assert "Usman Lawal" in person_names(x)
    assert ("Usman Lawal", "Inspector General of Police", "NGA") in holdings(x)


def test_hyphenated_deputy_inspector_general_of_police(nlp):
    x = extract_text(nlp, "COLOMBO, March 10 - Sri Lankan Defence Secretary Nuwan Perera met Deputy Inspector-General "
                          "of Police Kamal Silva in Colombo on Tuesday.")
    assert ("Kamal Silva", "Deputy Inspector General of Police", "LKA") in holdings(x)


def test_commissioner_general_of_a_country_service(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Ugandan Internal Affairs Minister Grace Akello met the Commissioner General "
                          "of the Uganda Prisons Service Moses Okello in Kampala on Tuesday.")
    assert "Moses Okello" in person_names(x)
    assert ("Moses Okello", "Commissioner General", "UGA") in holdings(x)


def test_deputy_commissioner_general(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Ugandan Internal Affairs Minister Grace Akello met Deputy Commissioner General "
                          "of the Uganda Revenue Service Ruth Nansubuga in Kampala on Tuesday.")
    assert ("Ruth Nansubuga", "Deputy Commissioner General", "UGA") in holdings(x)


def test_a_high_commissioner_is_not_a_commissioner_general(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Ugandan Defence Minister Grace Akello met British High Commissioner "
                          "Lisa Chesney in Kampala on Tuesday.")
    assert not any(t in ("Commissioner General", "Inspector General of Police") for _, t, _ in holdings(x))
