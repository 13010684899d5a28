""""On the margins of the meeting" refers back to the meeting told as an occasion, not to a sentence
where "the meeting" is only a topic of another act ("had discussed the agenda of the meeting by
telephone last week"): that act's day is not the meeting's (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 2, 3)

OPENING = ("Brelt, February 3 - Defence ministers from across the region met in Brelt on Wednesday for the annual "
           "ministerial meeting of the Northern Defence Forum.\n\nOpening the meeting at the Palace of Culture, "
           "Defence Minister Tarin Vosk said cooperation was vital.\n\n")


def test_margins_of_the_meeting_past_a_call_about_its_agenda(nlp):
    x = extract_text(nlp, OPENING + "Vosk had discussed the agenda of the meeting by telephone with Estrian Defence "
                     "Minister Olen Markaj last week, the ministry said.\n\nMarkaj and his Lorvanian counterpart, Pieter "
                     "Saska, held talks on the margins of the meeting, focusing on cyber defence.", PUBLISHED)
    side = meetings_by_participants(x)[("Olen Markaj", "Pieter Saska")]
    assert side.date is not None and side.date.iso == "2027-02-03"


def test_the_opening_of_the_meeting_still_tells_its_day(nlp):
    # must not fire: "the opening of the meeting" is a part of the occasion, on its day
    x = extract_text(nlp, "Defence Minister Tarin Vosk attended the opening of the meeting in Brelt on Tuesday.\n\n"
                     "Estrian Defence Minister Olen Markaj and his Lorvanian counterpart, Pieter Saska, held talks on "
                     "the margins of the meeting, focusing on cyber defence.", PUBLISHED)
    side = meetings_by_participants(x)[("Olen Markaj", "Pieter Saska")]
    assert side.date is not None and side.date.iso == "2027-02-02"
