"""Guests of one side hosted for a meal: "A hosted B and C for a working lunch" is one table, one
meeting of all three, while "A received B and C" (no meal) stays a pair per guest (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text

_extract = partial(extract_text, published=date(2025, 4, 7))


def _groups(x):
    names = {p.key: p.name for p in x.persons}
    return sorted(tuple(sorted(names[k] for k in mt.participants)) for mt in x.meetings)


def test_hosted_two_guests_of_one_side_for_a_working_lunch_is_one_meeting(nlp):
    x = _extract(nlp, "On Saturday, President Tolvan Meresk hosted Defence Minister Kaspar Ulgren and Admiral Jorvik Tallen, "
                      "Commander of the Estrian Navy, for a working lunch in Brelt.")
    assert _groups(x) == [("Jorvik Tallen", "Kaspar Ulgren", "Tolvan Meresk")]


def test_received_two_guests_for_dinner_is_one_meeting(nlp):
    x = _extract(nlp, "On Friday, Prime Minister Odile Varnas received Navy Chief Admiral Peder Lisko and Army Chief General "
                      "Mats Orrvik for dinner at her residence.")
    assert _groups(x) == [("Mats Orrvik", "Odile Varnas", "Peder Lisko")]


def test_received_two_guests_without_a_meal_stays_pairs(nlp):
    # must not fire: no meal nor one occasion told, each guest may have been received in turn
    x = _extract(nlp, "On Saturday, President Tolvan Meresk received Defence Minister Kaspar Ulgren and Admiral Jorvik Tallen in Brelt.")
    assert _groups(x) == [("Jorvik Tallen", "Tolvan Meresk"), ("Kaspar Ulgren", "Tolvan Meresk")]
