"""A title of a country's service written before its holder's name ("Inspector General of the
Ruritania Police Service Jane Roe"): the service's words are not the name's, and the post is the
holder's, of that country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_police_service_is_not_the_name(nlp):
    x = extract_text(nlp, "Defence Minister Amina Diallo met Inspector General of the Botswana Police Service "
                          "Thabo Molefe in Gaborone on Monday.")
    assert "Thabo Molefe" in person_names(x)
    assert not any("Service" in name for name in person_names(x))
    assert ("Thabo Molefe", "Inspector General", "BWA") in holdings(x)


def test_health_service_head(nlp):
    x = extract_text(nlp, "The minister met Director General of the Botswana Health Service Naledi Kgosi "
                          "in Gaborone on Monday.")
    assert ("Naledi Kgosi", "Director General", "BWA") in holdings(x)


def test_service_after_the_name_leaves_it_whole(nlp):
    x = extract_text(nlp, "Defence Minister Amina Diallo met Director General Thabo Molefe of the Botswana Health "
                          "Service in Gaborone on Monday.")
    assert "Thabo Molefe" in person_names(x)
    assert "Amina Diallo" in person_names(x)
