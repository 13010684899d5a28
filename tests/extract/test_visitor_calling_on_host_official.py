"""One who calls on (meets, holds talks with) an official whose title names the article's home
country is the visitor: the home country is not the visitor's ("Army chief X called on the Chief of
Defence Force of Ruritania, Admiral Y, in <Ruritania's capital>")."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


@pytest.mark.parametrize("verb", ["called on", "met", "held talks with"])
def test_the_visitor_does_not_take_the_host_s_country(nlp, verb):
    x = extract_text(nlp, f"Chief of the Army Staff General Vikram Rao {verb} the Chief of Defence Force of Australia, "
                          "Admiral Peter Lowe, in Canberra on Tuesday. India and Australia agreed to expand joint "
                          "exercises.", PUBLISHED)
    held = holdings(x)
    assert ("Peter Lowe", "Chief of Defence Forces", "AUS") in held
    assert not any(person == "Vikram Rao" and country == "AUS" for person, _, country in held)


def test_a_home_official_meeting_one_whose_country_is_untold_keeps_the_home_country(nlp):
    # must not fire: the one met has no country in their title, so nothing says the subject is a visitor
    x = extract_text(nlp, "Australia's defence budget will rise next year. Defence Minister Peter Lowe met the Chief "
                          "of Defence Force, Admiral Ian Marsh, in Canberra on Tuesday. Australia will buy new "
                          "submarines.", PUBLISHED)
    assert ("Peter Lowe", "Defence Minister", "AUS") in holdings(x)
