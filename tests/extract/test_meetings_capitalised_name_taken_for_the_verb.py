""""Minister of Defense KAWAMURA Shinji held a meeting with X, at the Ministry of Defense in Y,
yesterday": a family name in capitals the parse took for the sentence's verb leaves the day and
the place hung on the name; they are the meeting's. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2027, 2, 26)


def test_the_day_and_place_hung_on_a_capitalised_name_are_the_meetings(nlp):
    x = extract_text(nlp, "Minister of Defense KAWAMURA Shinji held a meeting with the Minister of Defense of Mongolia, "
                     "H.E. Mr. Ganzorig Baatarsuren, at the Ministry of Defense in Ichigaya, Tokyo, yesterday.\n", PUBLISHED)
    (mt,) = x.meetings
    assert mt.date is not None and mt.date.iso == "2027-02-25"


def test_no_day_told_stays_undated(nlp):
    x = extract_text(nlp, "Minister of Defense KAWAMURA Shinji held a meeting with the Minister of Defense of Mongolia, "
                     "H.E. Mr. Ganzorig Baatarsuren, at the Ministry of Defense in Ichigaya, Tokyo.\n", PUBLISHED)
    assert all(mt.date is None for mt in x.meetings)
