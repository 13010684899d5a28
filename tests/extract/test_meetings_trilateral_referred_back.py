""""On the sidelines of (prior to) the trilateral, A met B": the trilateral the article reports gives
the day and city, not a summit of a past year named nearer; "consultations between A and B in C":
the city hung on the talk noun itself."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

HEADING = "STATEMENT - Ministry of Defence of the Republic of Ruritania\n\n"
LEAD = ("The Defence Minister, Mr Karel Novak, and the Defence Minister of Molvania, Mr Ivo Brandt, took part today in "
        "the trilateral meeting on defence cooperation between Ruritania, Molvania and Borduria, hosted in Vienna by "
        "the Defence Minister of Borduria, Dr Anton Weiss.\n\n"
        "The talks took place at the ministry in Vienna and focused on border security.\n\n"
        "The meeting was held within the framework of the Trilateral Cooperation Mechanism, launched at the first "
        "summit of the three countries in Prague in March 2019. At its conclusion, the three ministers signed the "
        "Trilateral Programme of Defence Cooperation for 2027.\n\n")


def _extract(nlp, text: str):
    return extract_text(nlp, text, published=date(2026, 5, 14))


def test_sidelines_of_the_trilateral_take_the_story_s_day_and_city(nlp):
    text = HEADING + LEAD + ("Prior to the trilateral, Mr Brandt held a separate meeting with Dr Weiss. On the sidelines "
                             "of the trilateral, Mr Novak sat down with the army commander of Borduria, Gen. Otto Falk.")
    x = _extract(nlp, text)
    meetings = meetings_by_participants(x)
    for pair in (("Anton Weiss", "Ivo Brandt"), ("Karel Novak", "Otto Falk")):
        assert meetings[pair].date.iso == "2026-05-14"
        assert place_name(x, meetings[pair]) == "Vienna"


def test_a_past_summit_alone_still_gives_its_day(nlp):
    # with no other occasion of the word told, the past one is all there is
    text = ("The first summit of the three countries was held in Prague in March 2019. On the sidelines of the summit, "
            "Mr Karel Novak, the Defence Minister of Ruritania, met Mr Ivo Brandt, the Defence Minister of Molvania.")
    x = _extract(nlp, text)
    meeting = meetings_by_participants(x)[("Ivo Brandt", "Karel Novak")]
    assert meeting.date is not None and meeting.date.iso == "2019-03"


def test_consultations_take_their_own_city(nlp):
    text = LEAD + "The meeting in Vienna had been prepared during consultations between Mr Novak and Mr Brandt in Prague last Friday."
    x = _extract(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ivo Brandt", "Karel Novak")]) == "Prague"
