"""A briefing whose object is "him"/"her" in a place's "where" clause ("..., where General Y is due
to brief him") is a meeting of the briefer with whom the sentence is about: the visitor, or the
subject of the clause naming the place. A briefing of reporters or troops is none."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

ARRIVAL = "Chilean Defence Minister Tomas Fuentes arrived in Peru on Monday for a three-day visit. "


def _meetings(nlp, text: str) -> dict:
    return {pair: (mt.status, mt.date.iso if mt.date else None) for pair, mt in meetings_by_participants(extract_text(nlp, text, date(2026, 3, 12))).items()}


def test_a_planned_briefing_of_the_visitor(nlp):
    text = ARRIVAL + ("On Friday, Fuentes will visit the naval base in Callao, where Vice Admiral Hugo Salas "
                      "is due to brief him on coastal surveillance.")
    assert _meetings(nlp, text) == {("Hugo Salas", "Tomas Fuentes"): ("planned", "2026-03-13")}


def test_a_held_briefing_of_the_clauses_subject(nlp):
    text = ("Chilean Defence Minister Tomas Fuentes visited the naval base in Callao on Wednesday, "
            "where Peruvian Navy commander Vice Admiral Hugo Salas briefed him on coastal surveillance.")
    assert _meetings(nlp, text) == {("Hugo Salas", "Tomas Fuentes"): ("held", "2026-03-11")}


def test_briefing_the_press_or_troops_is_no_meeting(nlp):
    text = ARRIVAL + ("On Wednesday, Fuentes visited the naval base in Callao, where Vice Admiral Hugo Salas "
                      "briefed reporters on coastal surveillance.")
    assert _meetings(nlp, text) == {}


def test_him_after_a_call_on_someone_is_not_the_visitor(nlp):
    text = ARRIVAL + ("Peruvian Navy commander Vice Admiral Hugo Salas paid a courtesy call on Peruvian Defence Minister "
                      "Luis Ortega on Tuesday and briefed him on the visit.")
    assert set(_meetings(nlp, text)) == {("Hugo Salas", "Luis Ortega")}


def test_a_site_with_no_city_takes_the_visits_day_and_no_place(nlp):
    # the "where" clause hangs on a site the gazetteer does not know: the day is the visit's, the place unknown
    text = ARRIVAL + ("On Friday, the last day of his visit, Fuentes will visit the naval school at Punta Brava, "
                      "where Vice Admiral Hugo Salas will receive him.")
    x = extract_text(nlp, text, date(2026, 3, 12))
    meeting = meetings_by_participants(x)[("Hugo Salas", "Tomas Fuentes")]
    assert (meeting.date.iso if meeting.date else None, meeting.place) == ("2026-03-13", None)


def test_an_officer_of_no_stated_country_briefing_a_minister_at_home(nlp):
    """The minister tours a site in a city of his own country: the officer briefing him is his own
    country's, a report at home; the same briefing abroad is a meeting."""
    home = ("Chilean Defence Minister Tomas Fuentes on Tuesday toured the naval shipyard in Valparaiso, "
            "where Vice Admiral Hugo Salas briefed him on the frigate programme.")
    assert _meetings(nlp, home) == {}
    abroad = ("Chilean Defence Minister Tomas Fuentes on Tuesday toured the naval shipyard in Callao, "
              "where Vice Admiral Hugo Salas briefed him on the frigate programme.")
    assert _meetings(nlp, abroad) == {("Hugo Salas", "Tomas Fuentes"): ("held", "2026-03-10")}
