"""A post heading a service of a country's force, the force named before the service ("Commander of
the Guyana Defence Force Coast Guard"): the service's post ("Coast Guard Commander"), of that
country, as "Coast Guard Commander X" names it; the force's own head keeps the force's post."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_commander_in_commas_after_the_name(nlp):
    x = extract_text(nlp, "Colonel Ana Ruiz, Commander of the Kenya Defence Forces Coast Guard, met him.")
    assert holdings(x) == {("Ana Ruiz", "Coast Guard Commander", "KEN")}


def test_commander_before_the_name_in_commas(nlp):
    x = extract_text(nlp, "The delegation met the Commander of the Belize Defence Force Coast Guard, Captain Elroy Tun, on Monday.")
    assert holdings(x) == {("Elroy Tun", "Coast Guard Commander", "BLZ")}


def test_commander_before_a_ranked_name(nlp):
    x = extract_text(nlp, "Commander of the Jamaica Defence Force Coast Guard Commander Ian Bell welcomed the ship.")
    assert holdings(x) == {("Ian Bell", "Coast Guard Commander", "JAM")}


def test_the_forces_own_commander_is_not_the_services(nlp):
    x = extract_text(nlp, "The delegation met the Commander of the Belize Defence Force, Brigadier General Elroy Tun, on Monday.")
    assert ("Elroy Tun", "Coast Guard Commander", "BLZ") not in holdings(x)
    assert holdings(x)
