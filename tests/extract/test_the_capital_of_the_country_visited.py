""""X arrived in Chile on Monday. He met Y in the capital on Tuesday": a bare "the capital", or
"the Chilean capital", with no dateline and the city never named, is the capital of the country the
visit (or the adjective) tells; gold writes that city. Not when no country is told. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def _place(nlp, text: str) -> str | None:
    x = extract_text(nlp, text, PUBLISHED)
    return place_name(x, meetings_by_participants(x)[("Arvind Kelkar", "Tomas Ibarren")])


def test_the_capital_of_the_country_arrived_in(nlp):
    text = ("Indian Defence Minister Arvind Kelkar arrived in Chile on Monday. He met Chilean Defence Minister "
            "Tomas Ibarren in the capital on Tuesday.\n")
    assert _place(nlp, text) == "Santiago"


def test_the_capital_of_a_visit_told_in_the_sentence(nlp):
    text = ("Indian Defence Minister Arvind Kelkar held talks with Chilean Defence Minister Tomas Ibarren in the "
            "capital on Tuesday during a three-day visit to Chile.\n")
    assert _place(nlp, text) == "Santiago"


def test_the_capital_named_by_its_adjective(nlp):
    text = ("Indian Defence Minister Arvind Kelkar met his Chilean counterpart Tomas Ibarren in the Chilean "
            "capital on Tuesday.\n")
    assert _place(nlp, text) == "Santiago"


def test_no_capital_without_a_country_told(nlp):
    # must not fire: nothing says whose capital it is
    text = ("Indian Defence Minister Arvind Kelkar met Defence Minister Tomas Ibarren in the capital on Tuesday.\n")
    assert _place(nlp, text) is None
