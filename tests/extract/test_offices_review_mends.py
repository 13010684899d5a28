"""Offices and persons, mends of a review of the persons/offices rules: a word telling when a post
is held is no part of the post, offices of different bodies or hosts keep apart, visitors and
counterparts are placed by what the sentence says of them: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 4)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def test_a_former_word_between_the_country_and_the_title_makes_the_post_a_past_one(nlp):
    for text, person in (
        ("NEW DELHI: He met Kenya's Former Navy Chief Admiral Peter Otieno in Mombasa on Monday. India and Kenya are friends.", "Peter Otieno"),
        ("NEW DELHI: Brazil's Late Army Chief General Carlos Souza was honoured on Monday.", "Carlos Souza"),
        ("Chile's Retired Defence Minister Ana Torres met reporters in Santiago on Monday.", "Ana Torres"),
    ):
        x = _extract(nlp, text)
        assert not [h for h in holdings(x) if h[0] == person], (text, holdings(x))
    # the country is still the person's
    x = _extract(nlp, "NEW DELHI: He met Kenya's Former Navy Chief Admiral Peter Otieno in Mombasa on Monday.")
    assert {p.name: p.country for p in x.persons}.get("Peter Otieno") == "KEN"


def test_a_word_telling_when_the_post_is_held_is_no_part_of_the_post(nlp):
    x = _extract(nlp, "TOKYO: Chile's New Defence Minister Ana Torres met reporters on Monday.")
    held = [h for h in holdings(x) if h[0] == "Ana Torres"]
    assert [c for _, _, c in held] == ["CHL"], held
    office = next(o for o in x.offices if o.country == "CHL")
    assert not any(a.startswith("New ") for a in office.aliases), office.aliases
    # positive: a word qualifying the post is still part of it
    x = _extract(nlp, "TOKYO: Chile's Acting Defence Minister Ana Torres met reporters on Monday.")
    office = next(o for o in x.offices if o.country == "CHL")
    assert "Acting Defence Minister" in office.aliases, office.aliases
