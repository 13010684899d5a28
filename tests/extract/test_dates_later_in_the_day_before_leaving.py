""""X is scheduled to call on Y later in the day, before flying home on Friday": the day of the act
the "before ...ing" phrase tells is not the call's, which "later in the day" sets on the day told
before; a fronted "Before leaving X on Monday, A called B" is still one day. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 13)  # a Thursday
LEAD = ("OSLO, March 13 (NTB) -- Earlier today, Finnish Defence Minister Mikko Saarinen met Norwegian Defence "
        "Minister Erik Lunde at the ministry in Oslo.\n\n")


def test_later_in_the_day_is_not_the_day_of_the_flight_home(nlp):
    x = extract_text(nlp, LEAD + "Saarinen is scheduled to call on Prime Minister Kari Holm at the government "
                     "offices later in the day, before flying home on Saturday.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Kari Holm", "Mikko Saarinen")]
    assert call.date.iso == "2025-03-13"


def test_before_leaving_told_first_gives_its_day(nlp):
    x = extract_text(nlp, LEAD + "Before leaving Helsinki on Tuesday, Saarinen held a telephone conversation with "
                     "Swedish Defence Minister Lars Berg.\n", PUBLISHED)
    call = meetings_by_participants(x)[("Lars Berg", "Mikko Saarinen")]
    assert call.date.iso == "2025-03-11"
