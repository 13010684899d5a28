"""A bare "President Y" named after the home country's President X is held for another country: a
country has one president, so Y takes the article's other main country, not the dateline's host."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)
STORY = ("JAKARTA - French Armed Forces Minister Claire Dubois met her Indonesian counterpart Budi Santoso in Jakarta "
         "on Monday.\n\nDubois was later received by President Budi Hartono at the Merdeka Palace in central Jakarta. "
         "Hartono, a former defence minister, was guest of honour at France's Bastille Day parade in Paris in July 2025, "
         "when he held talks with {second}.")


def test_second_president_is_of_the_other_country(nlp):
    held = holdings(extract_text(nlp, STORY.format(second="President Louis Garnier"), PUBLISHED))
    assert ("Budi Hartono", "President", "IDN") in held
    assert ("Louis Garnier", "President", "FRA") in held


def test_a_sole_president_keeps_the_hosts_country(nlp):
    # no other president named: the dateline's host country, as before
    text = ("JAKARTA - French Armed Forces Minister Claire Dubois met her Indonesian counterpart Budi Santoso in "
            "Jakarta on Monday.\n\nDubois was later received by President Budi Hartono at the Merdeka Palace in "
            "central Jakarta.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Budi Hartono", "President", "IDN") in held
