"""A coalition named for the country it supports, and its co-chairs in a relative clause (invented names)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def _co_chairs(x, name: str) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if fw == name and role == "co-chair"}


def test_coalition_for_a_country_co_chaired_in_a_relative(nlp):
    x = _extract(nlp, "Poland is one of the two countries leading the Demining Coalition for Moldova, which it co-chairs with Lithuania.")
    assert "Demining Coalition for Moldova" in framework_kinds(x)
    assert _co_chairs(x, "Demining Coalition for Moldova") == {"POL", "LTU"}


def test_coalition_for_a_country_co_chaired_alongside(nlp):
    x = _extract(nlp, "Norway leads the Radar Coalition for Georgia, which it co-chairs alongside Denmark.")
    assert _co_chairs(x, "Radar Coalition for Georgia") == {"NOR", "DNK"}


def test_co_chairs_in_a_relative_end_with_the_partners_list(nlp):
    # "..., which it co-chairs with B, and signed a deal with C": C signed a deal, it is no co-chair
    x = _extract(nlp, "Norway leads the Radar Coalition for Georgia, which it co-chairs with Denmark, and signed a "
                      "separate deal with Austria.")
    assert _co_chairs(x, "Radar Coalition for Georgia") == {"NOR", "DNK"}


def test_it_co_chairing_in_a_relative_under_a_saying_verb(nlp):
    # "The ministry said A leads F, which it co-chairs with B": "it" is A, the subject of "leads"
    x = _extract(nlp, "The ministry said Norway leads the Radar Coalition for Georgia, which it co-chairs with Denmark.")
    assert _co_chairs(x, "Radar Coalition for Georgia") == {"NOR", "DNK"}


def test_coalition_for_a_country_co_chaired_with(nlp):
    x = _extract(nlp, "Estonia co-chairs the Drone Coalition for Moldova with Latvia.")
    assert _co_chairs(x, "Drone Coalition for Moldova") == {"EST", "LVA"}


def test_countries_co_chair_a_coalition_for_a_country(nlp):
    x = _extract(nlp, "Estonia and Latvia co-chair the Drone Coalition for Moldova.")
    assert _co_chairs(x, "Drone Coalition for Moldova") == {"EST", "LVA"}


def test_coalition_for_a_region_stays_short(nlp):
    x = _extract(nlp, "Estonia and Latvia co-chair the Drone Coalition for the Sahel.")
    assert "Drone Coalition" in framework_kinds(x)


def test_person_in_the_relative_is_no_co_chair(nlp):
    x = _extract(nlp, "Ministers discussed the Maritime Coalition, which Pevkur co-chairs with Denmark's minister.")
    assert _co_chairs(x, "Maritime Coalition") == set()
