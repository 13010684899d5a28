""""A and B on Tuesday signed an MoU ..., following talks between X and Y in Z": the talks are of
the signing's occasion and day (unless they tell a day of their own)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

HEAD = "ACCRA\n\n"


def test_talks_a_signing_followed_take_its_day(nlp):
    text = HEAD + ("Ghana and Nigeria on Monday signed a memorandum of understanding on maritime security and agreed "
                   "to explore joint patrols, following talks between Defence Minister Omane Boamah and his Nigerian "
                   "counterpart Christopher Musa in Accra.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Christopher Musa", "Omane Boamah")]
    assert meeting.date.iso == "2025-03-10"


def test_talks_with_a_day_of_their_own_keep_it(nlp):
    text = HEAD + ("Ghana and Nigeria on Monday signed a memorandum of understanding on maritime security, following "
                   "talks between Defence Minister Omane Boamah and his Nigerian counterpart Christopher Musa in "
                   "Accra on Friday.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Christopher Musa", "Omane Boamah")]
    assert meeting.date.iso == "2025-03-07"
