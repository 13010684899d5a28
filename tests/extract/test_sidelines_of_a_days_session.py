""""On the sidelines of Wednesday's session, A held a bilateral with B": a day owning the occasion
noun refers back to the session told of that day, as "the session" does; its place may be told
sentences before the day's sentence ("The session, held at the headquarters in X, was chaired by
..."), however far back, unless a sentence between tells the occasion of another day. Invented
names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)  # a Thursday

FILLER = ("\"Our borders are shared, and so is our security,\" Quintal told the session, which also reviewed the "
          "council's plans.\n\nThe council's five members are Bolivia, Colombia, Ecuador, Peru and Chile.\n\n"
          "Established in 1999, the council is the region's standing organ for defence.\n\n"
          "Smuggling across the region's borders has risen for a second straight year.\n\n")
SIDELINES = ("On the sidelines of Wednesday's session, Colombia's Minister of Defence Andres Felipe Marulanda held a "
             "bilateral with Bolivia's Minister of Defence, Gen. Hugo Tarqui Mamani, on cross-border trade.\n")


def test_sidelines_of_a_days_session_told_with_its_place_before(nlp):
    x = extract_text(nlp, "The Andean Defence Council on Wednesday held a ministerial-level session on border security.\n\n"
                     "The session, held at the council's headquarters in Cuenca, was chaired by Ecuador's Minister of "
                     "Defence, Rodrigo Quintal Vera.\n\n" + FILLER + SIDELINES, PUBLISHED)
    talks = meetings_by_participants(x)[("Andres Felipe Marulanda", "Hugo Tarqui Mamani")]
    places = {p.key: p.name for p in x.places}
    assert talks.date is not None and talks.date.iso == "2026-03-11"
    assert places.get(talks.place) == "Cuenca"


def test_session_of_another_day_lends_no_place(nlp):
    x = extract_text(nlp, "The Andean Defence Council on Monday held a session at its headquarters in Cuenca.\n\n"
                     "The council on Wednesday held a ministerial-level session on border security.\n\n" + FILLER + SIDELINES,
                     PUBLISHED)
    talks = meetings_by_participants(x)[("Andres Felipe Marulanda", "Hugo Tarqui Mamani")]
    places = {p.key: p.name for p in x.places}
    assert places.get(talks.place) != "Cuenca"
