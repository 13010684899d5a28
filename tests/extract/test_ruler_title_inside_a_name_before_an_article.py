"""A ruler's title word between a given name and a surname with a joined Arabic article is part of
the name ("Abdul Amir al-X"), on sentences invented for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def test_amir_between_a_given_name_and_an_al_surname(nlp):
    text = ("BAGHDAD, March 11 - Iraqi Chief of Staff Lieutenant General Abdul Amir al-Tamimi received Jordanian "
            "officers in Baghdad on Wednesday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Abdul Amir al-Tamimi" in person_names(x)
    assert ("Abdul Amir al-Tamimi", "Chief of Staff", "IRQ") in holdings(x)


def test_emir_before_an_honorific_stays_a_title(nlp):
    text = ("DOHA, March 11 - The Emir, Sheikh Hamad bin Nasser Al Thani, received Jordanian officers in "
            "Doha on Wednesday.")
    assert "Amir" not in " ".join(person_names(extract_text(nlp, text, PUBLISHED)))
