""""Brigadier General X (Chief of Staff, Ruritanian Army)": a post and, after a comma, its country's
word and service in brackets after a name are the name's post of that service ("Army Chief of
Staff") and country. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_service_after_the_comma_is_the_posts(nlp):
    for service, post in (("Senegalese Army", "Army Chief of Staff"), ("Ghana Navy", "Navy Chief of Staff")):
        x = extract_text(nlp, f"Brigadier General Amadou Syllaba (Chief of Staff, {service}) met Mali's Chief of General "
                              "Staff General Oumar Diakitel in Bamako on Monday.\n", PUBLISHED)
        iso = "SEN" if service.startswith("Senegalese") else "GHA"
        assert ("Amadou Syllaba", post, iso) in holdings(x), service


def test_a_country_alone_after_the_comma_is_as_before(nlp):
    x = extract_text(nlp, "General Kofi Mensahene (Chief of Defence Staff, Ghana) met Togo's Navy chief Admiral Yao "
                          "Agbodjan in Lome on Monday.\n", PUBLISHED)
    assert ("Kofi Mensahene", "Chief of Defence Staff", "GHA") in holdings(x)
