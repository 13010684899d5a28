""""NAIROBI, March 12 (Reuters) - Talks between A and B, scheduled for Friday in Y, were cancelled":
the parse makes the dateline the subject of "were cancelled" and the talks its apposition; the talks
are called off all the same (no meeting), and talks told as held there stand."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document
from extract_helpers import meetings_by_participants

PUBLISHED = date(2025, 3, 12)


def extract_wire(nlp, text):
    """The dateline opening the text, as a wire story's first line (no header line before it)."""
    return extract_document(Document("t", text, PUBLISHED), nlp)
LEAD = ("NAIROBI, March 12 (Reuters) - Talks between Kenyan Defence Cabinet Secretary Halima Mushi and Ugandan Defence "
        "Minister Eric Nkusi, {told}, officials said. Kenya and Uganda did not say why.")


def test_talks_called_off_after_a_dateline(nlp):
    text = LEAD.format(told="scheduled for Friday in Kigali, were cancelled")
    assert meetings_by_participants(extract_wire(nlp, text)) == {}


def test_talks_held_after_a_dateline(nlp):
    text = LEAD.format(told="held on Monday in Kigali, were productive")
    meeting = meetings_by_participants(extract_wire(nlp, text))[("Eric Nkusi", "Halima Mushi")]
    assert meeting.status == "held"
    assert meeting.date.iso == "2025-03-10"
