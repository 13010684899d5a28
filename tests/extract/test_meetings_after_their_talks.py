""""After their talks, the two ministers held a video conference with C": a sentence opening with
the talks just told is on their day; a later day named in the sentence still wins."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

LEAD = "OSLO, March 14 (NTB) -- Norwegian Defence Minister Erik Solberg met Dutch Defence Minister Ruben Vos in Oslo on Thursday.\n\n"
TRIO = ("Boris Keller", "Erik Solberg", "Ruben Vos")


def _trio_meeting(nlp, text: str):
    met = meetings_by_participants(extract_text(nlp, LEAD + text, published=date(2025, 3, 14)))
    return met[tuple(sorted(TRIO))]


def test_after_their_talks_is_the_talks_day(nlp):
    meeting = _trio_meeting(nlp, "After their talks, the two ministers held a three-way video conference with German Defence "
                                 "Minister Boris Keller to review the frigate programme.")
    assert meeting.date is not None and meeting.date.iso == "2025-03-13"


def test_a_day_named_in_the_sentence_wins(nlp):
    meeting = _trio_meeting(nlp, "After their talks, the two ministers held a three-way video conference with German Defence "
                                 "Minister Boris Keller on Friday to review the frigate programme.")
    assert meeting.date is not None and meeting.date.iso == "2025-03-14"
