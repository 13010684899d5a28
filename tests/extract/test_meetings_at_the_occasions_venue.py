""""Defence ministers met in Tallinn on Tuesday for their annual meeting. ... A met B and C in separate
meetings at the conference venue": "the venue" ("the summit venue", "the conference venue") is where
the occasion the lead reports is held, so meetings told there with no day or city of their own take
the occasion's day and city; "the venue of the X exhibition" names another (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)

LEAD = ("TALLINN, March 11, 2026: Defence ministers of the Northern Shield group met in Tallinn on Tuesday for the "
        "group's annual ministerial meeting, chaired by Estonia's Minister of Defence, Kaarel Tamm. The ministers "
        "adopted a declaration on air defence. ")


def _day_and_city(nlp, text, pair):
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[pair]
    return mt.date.iso if mt.date else None, place_name(x, mt)


def test_separate_meetings_at_the_conference_venue_take_the_sessions_day_and_city(nlp):
    text = LEAD + ("Italy's Minister of Defence, Dario Pelosi, met Latvia's Minister of Defence, Ruta Kalnina, and "
                   "Poland's Deputy Minister of Defence, Marek Zielny, in separate meetings at the conference venue.")
    assert _day_and_city(nlp, text, ("Dario Pelosi", "Ruta Kalnina")) == ("2026-03-10", "Tallinn")
    assert _day_and_city(nlp, text, ("Dario Pelosi", "Marek Zielny")) == ("2026-03-10", "Tallinn")


def test_talks_at_the_bare_venue(nlp):
    text = LEAD + "Italian Defence Minister Dario Pelosi also held talks with Latvian Defence Minister Ruta Kalnina at the venue."
    assert _day_and_city(nlp, text, ("Dario Pelosi", "Ruta Kalnina")) == ("2026-03-10", "Tallinn")


def test_received_at_the_summit_venue_after_a_lead_naming_the_summit(nlp):
    text = ("RIGA, March 11, 2026: The Baltic Sea Security Summit opened in Riga on Monday with a call for more air "
            "defence. Latvian Defence Minister Ruta Kalnina received Italian Defence Minister Dario Pelosi at the "
            "summit venue to discuss the rotation of fighter jets.")
    assert _day_and_city(nlp, text, ("Dario Pelosi", "Ruta Kalnina")) == ("2026-03-09", "Riga")


def test_the_venue_of_another_event_is_not_the_leads_occasion(nlp):
    # must not fire: "the venue of the Arctic Expo" names another occasion than the lead's
    text = LEAD + ("Italian Defence Minister Dario Pelosi will meet Latvian Defence Minister Ruta Kalnina at the venue "
                   "of the Arctic Expo next month.")
    assert _day_and_city(nlp, text, ("Dario Pelosi", "Ruta Kalnina")) != ("2026-03-10", "Tallinn")
