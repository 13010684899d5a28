""""A and B spoke by phone last Thursday", "A and B had exchanged views by phone on 2/3/2025": a
call between the joined subjects, even with no "with"; "A and B spoke to reporters" is none, nor
"A and B exchanged views" with no medium (more of the meeting told)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, participant_names

LEAD = ("LIMA (Andina) - Peruvian Defence Minister Walter Astudillo welcomed his Ecuadorian counterpart Pablo "
        "Andres Cordero in Lima on Tuesday for talks on border security.\n\n")


def _calls(nlp, text: str) -> list[list[str]]:
    x = extract_text(nlp, text)
    return [participant_names(x, mt) for mt in x.meetings if mt.kind == "telephone"]


def test_joined_subjects_that_spoke_by_phone_held_a_call(nlp):
    text = LEAD + "The visit comes after Astudillo and Cordero spoke by phone last Thursday to prepare the agenda."
    assert _calls(nlp, text) == [["Pablo Andres Cordero", "Walter Astudillo"]]


def test_joined_subjects_that_spoke_to_reporters_held_no_call(nlp):
    text = LEAD + "Astudillo and Cordero spoke to reporters after the talks."
    assert _calls(nlp, text) == []


def test_views_exchanged_by_telephone_with_a_partner_hung_on_the_medium(nlp):
    # the parse hangs "with X" on "telephone", not on "exchanged" or "views"
    text = ("NAIROBI, 12 MAR (KNA) – Kenyan Defence Chief General Charles Mwangi met Tanzanian officers in Nairobi on Monday.\n\n"
            "Mwangi on Friday exchanged views by telephone with Uganda's Minister of Defence, Jacob Okumu, on border security.")
    meeting = meetings_by_participants(extract_text(nlp, text, published=date(2025, 3, 12)))[("Charles Mwangi", "Jacob Okumu")]
    assert meeting.kind == "telephone" and meeting.date.iso == "2025-03-07"


def test_views_exchanged_by_telephone_on_a_topic_is_no_meeting(nlp):
    text = ("NAIROBI, 12 MAR (KNA) – Kenyan Defence Chief General Charles Mwangi met Tanzanian officers in Nairobi on Monday.\n\n"
            "Mwangi on Friday exchanged views by telephone on border security, with no partner named.")
    assert len(extract_text(nlp, text, published=date(2025, 3, 12)).meetings) == 0


def test_joined_subjects_that_exchanged_views_by_phone_held_a_call(nlp):
    # the parse hangs "by phone" on "views"; a call before the visit, of the same pair
    text = LEAD + "Astudillo and Cordero had exchanged views by phone on 2/3/2025, days after a border incident."
    x = extract_text(nlp, text)
    calls = [mt for mt in x.meetings if mt.kind == "telephone"]
    assert [participant_names(x, mt) for mt in calls] == [["Pablo Andres Cordero", "Walter Astudillo"]]
    assert calls[0].date is not None and calls[0].date.iso == "2025-03-02"


def test_joined_subjects_that_exchanged_views_at_the_talks_held_no_call(nlp):
    text = LEAD + "Astudillo and Cordero exchanged views on border security at the talks."
    assert _calls(nlp, text) == []
