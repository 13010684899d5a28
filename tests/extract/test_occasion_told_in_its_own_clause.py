""""On the eve of the summit in Z": the occasion's own place after the noun still refers back to the
summit told before; "The forum, which opened on Monday in Z, drew ... On its sidelines, A met B":
the day and place told in a clause hung on the occasion's noun, and "its sidelines", refer back to
it. Not a clause of no holding ("which drew forty countries"). Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = ("Arvid Kolstrand", "Tomas Verhelst")
MET = "Defence Minister Arvid Kolstrand of Norlandia met Defence Minister Tomas Verhelst of Ostravia"


def _meeting(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    meeting = meetings_by_participants(x).get(PAIR)
    assert meeting is not None and len(x.meetings) == 1
    return x, meeting


def test_eve_of_the_summit_in_its_city(nlp):
    x, meeting = _meeting(nlp, "The Northern Security Summit opens in Valdoria on Thursday.\n\n"
                          f"{MET} on the eve of the summit in Valdoria.\n")
    assert meeting.date is not None and meeting.date.iso == "2026-03-11"
    assert place_name(x, meeting) == "Valdoria"


def test_eve_of_a_summit_of_others_is_no_reference(nlp):
    _, meeting = _meeting(nlp, "The Northern Security Summit opens in Valdoria on Thursday.\n\n"
                          f"{MET} on the eve of the summit of the alliance's leaders.\n")
    assert meeting.date is None


def test_day_told_in_a_relative_clause_of_the_forum(nlp):
    x, meeting = _meeting(nlp, "The Ruritania Defence Forum, which opened on Monday in Valdoria, drew delegates from forty "
                          f"countries.\n\nOn its sidelines, {MET}.\n")
    assert meeting.date is not None and meeting.date.iso == "2026-03-09"
    assert place_name(x, meeting) == "Valdoria"
    x, meeting = _meeting(nlp, "The forum, held on Monday in Valdoria, drew delegates from forty "
                          f"countries.\n\nOn the sidelines of the forum, {MET}.\n")
    assert meeting.date is not None and meeting.date.iso == "2026-03-09"


def test_relative_clause_of_no_holding_gives_no_day(nlp):
    _, meeting = _meeting(nlp, "The Ruritania Defence Forum, which drew delegates from forty countries, is a yearly "
                          f"event.\n\nOn its sidelines, {MET}.\n")
    assert meeting.date is None
