"""A post whose force is named by its acronym between the title and the holder's rank, with no
comma ("Chief of General Staff of the RDF Field Marshal X"), the acronym spelt out before as a
force of a country: the post reaches the name and is of that country; on articles written for
these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 2, 8)


def test_force_acronym_then_rank_and_name(nlp):
    text = ("ADDIS ABABA: The minister praised the Ethiopian National Defense Force (ENDF). He also paid a courtesy call on "
            "Chief of General Staff of the ENDF Field Marshal Tadesse Worku Bekele at the headquarters the same day.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Tadesse Worku Bekele", "Chief of General Staff", "ETH") in holdings(x)


def test_acronym_of_a_fund_gives_no_force_post(nlp):
    text = ("NAIROBI: The minister praised the Kenya Rural Development Fund (KRDF). He also paid a courtesy call on "
            "Chairman of the KRDF General Amos Kiprono at the headquarters the same day.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any(name == "Amos Kiprono" and title == "Chairman" and country == "KEN" for name, title, country in holdings(x))
