"""Posts written at length or given by a counterpart's listing, on sentences written for these
tests: a portfolio before "Undersecretary", a joint command "of the Armed Forces", a minister
delegate serving a principal with a remit, a cabinet rank beside a portfolio, and counterparts
listed as their countries are."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 9, 8)


def _extract(nlp, text):
    return extract_text(nlp, text, PUBLISHED)


def test_a_portfolio_before_undersecretary_is_the_post(nlp):
    text = (
        "Philippine Defense Undersecretary Ramon Castillo met Indonesian officers in Manila on Monday. "
        "The Philippines and Indonesia agreed to hold joint patrols."
    )
    assert ("Ramon Castillo", "Under Secretary of Defence", "PHL") in holdings(_extract(nlp, text))


def test_undersecretary_of_a_portfolio_keeps_its_own_form(nlp):
    # must not change: the portfolio written after the title
    text = "Philippine Undersecretary of Defense Ramon Castillo met Indonesian officers in Manila on Monday."
    assert ("Ramon Castillo", "Under Secretary of Defence", "PHL") in holdings(_extract(nlp, text))


def test_a_command_of_the_armed_forces_is_the_whole_post(nlp):
    text = (
        "The talks were also attended by the Chief of the Joint Command of the Armed Forces of Ecuador, "
        "Adm. Julio Paredes, who travelled with the minister to Lisbon."
    )
    assert ("Julio Paredes", "Chief of the Joint Command of the Armed Forces", "ECU") in holdings(_extract(nlp, text))


def test_a_larger_force_of_a_name_of_its_own_stays_out_of_the_post(nlp):
    # must not fire: "of the Royal Danish Navy" is a larger body, not part of the fleet's name
    text = "The Commander of the Northern Fleet of the Royal Danish Navy, Rear Admiral Lars Holm, visited Oslo on Monday."
    held = holdings(_extract(nlp, text))
    assert ("Lars Holm", "Commander of the Northern Fleet", "DNK") in held
