"""Two posts joined before one name ("Deputy Prime Minister and Foreign Minister Y") are of one
country: when the context lends the first its country (the article's home) and a visit then moves
it to the host's, the second moves with it, never left with the visitor's country. A country the
title writes stays. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
VISIT = ("LIMA, March 11 (Andina) -- Peruvian Defence Minister Rosa Quispe visited Quito on Tuesday. "
         "During the visit the Peruvian minister also met {who}, Interior Minister Pablo Reyes "
         "and the Director of the National Intelligence Agency, General Tomas Vial.")


def test_both_joined_posts_go_to_the_host(nlp):
    held = holdings(extract_text(nlp, VISIT.format(who="Deputy Prime Minister and Foreign Minister Ana Fuentes"), PUBLISHED))
    assert ("Ana Fuentes", "Deputy Prime Minister", "ECU") in held
    assert ("Ana Fuentes", "Foreign Affairs Minister", "ECU") in held
    assert not any(name == "Ana Fuentes" and country == "PER" for name, _, country in held)


def test_a_country_the_title_writes_stays(nlp):
    held = holdings(extract_text(nlp, VISIT.format(who="Bolivian Deputy Prime Minister and Foreign Minister Ana Fuentes"), PUBLISHED))
    assert ("Ana Fuentes", "Foreign Affairs Minister", "BOL") in held
    assert not any(name == "Ana Fuentes" and country == "ECU" for name, _, country in held)
