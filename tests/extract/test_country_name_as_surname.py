"""A surname that is also a one-word country's name ("Prime Minister Tomas Jordan to ...", "Mr
Ines Malta, in ..."): the ruler tags it as the country, but written right after a given name and
followed by no noun it is the end of the name, not a place. A country before a noun after a name
("Defence Minister Rui Salgado Peru visit") stays a country. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs, person_names


def test_a_country_after_a_given_name_is_its_surname(nlp):
    x = extract_text(nlp, (
        "Their meeting follows the visit of Prime Minister Tomás Jordan to Montevideo last November, "
        "when he held talks with President Aurelio Benítez Sosa."
    ))
    names = person_names(x)
    assert "Tomás Jordan" in names and "Tomás" not in names
    assert ("Aurelio Benítez Sosa", "Tomás Jordan") in meeting_pairs(x)


def test_after_an_honorific_in_commas(nlp):
    x = extract_text(nlp, (
        "Defence Minister Rui Salgado held talks with the Prime Minister of Uruguay, Ms Inês Malta, "
        "in Lisbon in November."
    ))
    names = person_names(x)
    assert "Inês Malta" in names
    assert ("Inês Malta", "Rui Salgado") in meeting_pairs(x)


def test_a_country_before_a_noun_stays_a_country(nlp):
    x = extract_text(nlp, "Officials said the Defence Minister Rui Salgado Peru visit would open new talks.")
    names = person_names(x)
    assert "Rui Salgado" in names and not any("Peru" in n for n in names)
