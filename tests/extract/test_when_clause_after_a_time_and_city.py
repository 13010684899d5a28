""""X was guest of honour at a parade in <city> in July 2025, when he held talks with Y": the parse
hangs the "when" clause on the verb, but the meeting is where the time told with the city is, not
where the story is; with no city told with the time, the rule names none. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 5)
LEAD = ("Uruguay, Estonia deepen ties\n\nMontevideo (AFP) - Estonian Defence Minister Orla Brennick held talks with her "
        "Uruguayan counterpart Tomas Velk in Montevideo on Monday.\n\nBrennick was later received by President Ivo Sarn "
        "at the Estevez Palace in central Montevideo. ")


def test_recalled_talks_at_the_city_told_with_the_time(nlp):
    x = extract_text(nlp, LEAD + "Sarn, a former defence minister, was guest of honour at Estonia's Independence Day "
                     "parade in Tallinn in February 2025, when he held talks with President Juris Kask.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Ivo Sarn", "Juris Kask")]) == "Tallinn"


def test_no_city_with_the_time_names_none(nlp):
    x = extract_text(nlp, LEAD + "Sarn, a former defence minister, was guest of honour at Estonia's Independence Day "
                     "parade in February 2025, when he held talks with President Juris Kask.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Ivo Sarn", "Juris Kask")]) in (None, "Montevideo")
