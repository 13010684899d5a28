""""The two (ministers) had last spoken by telephone in January": a call of the pair just told, as
"A and B spoke by phone" is; "the two" who spoke with no medium may have spoken to the press."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

TALKS = ("Uruguayan Defense Minister Leopold Halvard held talks with his Mongolian counterpart Tomas Arveni in "
         "Montevideo on Tuesday, focusing on peacekeeping. ")


def _pair_meetings(nlp, text: str) -> list:
    x = extract_text(nlp, text, published=date(2026, 3, 12))
    return [mt for mt in x.meetings if len(mt.participants) == 2]


def test_the_two_spoke_by_telephone_is_a_call_of_the_pair(nlp):
    meetings = _pair_meetings(nlp, TALKS + "The two had last spoken by telephone in January, officials said.")
    calls = [mt for mt in meetings if mt.kind == "telephone"]
    assert len(calls) == 1 and calls[0].date.iso == "2026-01"


def test_the_two_ministers_spoke_by_telephone_is_a_call_of_the_pair(nlp):
    meetings = _pair_meetings(nlp, TALKS + "The two ministers had last spoken by telephone in January.")
    assert [mt.kind for mt in meetings].count("telephone") == 1


def test_the_two_spoke_without_a_medium_is_no_call(nlp):
    x = extract_text(nlp, TALKS + "The two spoke to reporters after the talks.", published=date(2026, 3, 12))
    assert len(meetings_by_participants(x)) == 1 and len(x.meetings) == 1
