""""KAZAN /Russia/, May 5. /TASS/." is a dateline (a town the gazetteer lacks is a city of the
bracketed country; the credit ends it, so the lead is the sentence after); "the Russian city of X"
puts a meeting in X; "The talks took place between A, B and C": a meeting of the three (the parse
hangs "between" on the verb)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2026, 5, 7)  # a Thursday
LEAD = ("ZELENODOLSK /Russia/, May 7. /TASS/. The defense ministers of Russia, Belarus and Kazakhstan held a "
        "trilateral meeting in the Russian city of Zelenodolsk on Thursday to discuss air defense, the ministry said.\n\n")
NAMED = ("The talks took place between Russian Defense Minister Andrei Belousov, Belarusian Defense Minister "
         "Viktor Khrenin and Kazakh Defense Minister Dauren Kosanov.\n\n")


def test_a_three_party_meeting_named_after_taking_place_between(nlp):
    x = extract_text(nlp, LEAD + NAMED, PUBLISHED)
    meeting = meetings_by_participants(x)[("Andrei Belousov", "Dauren Kosanov", "Viktor Khrenin")]
    assert meeting.date.iso == "2026-05-07"
    assert place_name(x, meeting) == "Zelenodolsk"


def test_a_sidelines_meeting_takes_the_day_of_the_lead_occasion(nlp):
    text = LEAD + NAMED + ("It was the fifth meeting of the three ministers in this format.\n\n"
                           "The ministers signed a protocol on the results of the meeting.\n\n"
                           "On the sidelines of the meeting, Belousov sat down with Khrenin for bilateral talks.")
    x = extract_text(nlp, text, PUBLISHED)
    meeting = meetings_by_participants(x)[("Andrei Belousov", "Viktor Khrenin")]
    assert meeting.date.iso == "2026-05-07"
    assert place_name(x, meeting) == "Zelenodolsk"


def test_taking_place_between_needs_persons(nlp):
    text = LEAD + "The exercise took place between the Caspian Sea and the Volga.\n\n"
    assert not meeting_pairs(extract_text(nlp, text, PUBLISHED))


def test_a_slash_country_names_a_city_only_with_a_known_country():
    from diplokg.mentions import DATELINE, _city_of_bracketed_country

    assert _city_of_bracketed_country(DATELINE.match("ZELENODOLSK /Russia/, May 7. /TASS/.")).country == "RUS"
    assert _city_of_bracketed_country(DATELINE.match("ZELENODOLSK /Nowhere/, May 7. /TASS/.")) is None
