""""met on the sidelines of the Kutaisi International Conference": an occasion whose name opens
with a city's name (a town below the gazetteer's threshold too) and ends in a meeting word is held
there, for a meeting told now or recalled; not an occasion whose name has no city in it, and not a
call. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 3, 17)
LEAD = ("Defence Minister Arvo Kelmet received Estonian Defence Minister Rein Talvik in Riga on Tuesday.\n\n")


def _places(x):
    places = {p.key: p.name for p in x.places}
    return sorted((mt.date.iso if mt.date else "", places.get(mt.place) or "") for mt in x.meetings
                  if participant_names(x, mt) == ["Arvo Kelmet", "Rein Talvik"])


def test_meeting_at_an_occasion_named_after_a_big_city(nlp):
    x = extract_text(nlp, "Defence Minister Arvo Kelmet met Estonian Defence Minister Rein Talvik on the sidelines "
                     "of the Munich Security Conference on Saturday.\n", PUBLISHED)
    assert _places(x) == [("2027-03-13", "Munich")]


def test_recalled_meeting_at_an_occasion_named_after_a_town(nlp):
    x = extract_text(nlp, LEAD + "The two ministers first met in September 2026 on the sidelines of the Kutaisi "
                     "International Conference, and they last spoke by phone on February 2.\n", PUBLISHED)
    assert _places(x) == [("2026-09", "Kutaisi"), ("2027-02-02", ""), ("2027-03-16", "Riga")]


def test_occasion_with_no_city_in_its_name(nlp):
    x = extract_text(nlp, LEAD + "The two ministers first met in September 2026 on the sidelines of the Baltic "
                     "Security Conference.\n", PUBLISHED)
    assert _places(x) == [("2026-09", ""), ("2027-03-16", "Riga")]
