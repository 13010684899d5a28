""""the following day" counts from the story's last day, not from the day a document was signed
that a clause between recalls ("The agreement itself, signed in X on Dec. 15, 2024, ..."); a day
the story's own signing tells still counts."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("MONTEVIDEO — Mongolian Defense Minister Tomas Arveni met with Uruguayan Minister of National Defense "
        "Leopold Halvard at the Ministry of National Defense in Montevideo, March 10, during a three-day visit.\n\n")
RECEIVED = "\n\nArveni was received by President Marco Ferrat at the Executive Tower the following day."


def _day_received(nlp, middle: str) -> str | None:
    x = extract_text(nlp, LEAD + middle + RECEIVED, published=date(2026, 3, 12))
    meeting = meetings_by_participants(x)[("Marco Ferrat", "Tomas Arveni")]
    return meeting.date.iso if meeting.date else None


def test_the_day_a_recalled_document_was_signed_is_skipped(nlp):
    middle = ("At the end of their meeting, the two leaders signed an Implementing Arrangement on Training. The "
              "agreement itself, signed in Ulaanbaatar on Dec. 15, 2024, and ratified by the Uruguayan Congress last "
              "year, sets the legal framework for training.")
    assert _day_received(nlp, middle) == "2026-03-11"


def test_the_day_of_the_storys_own_signing_still_counts(nlp):
    middle = "The two ministers signed an Implementing Arrangement on Training in Salto on March 11."
    assert _day_received(nlp, middle) == "2026-03-12"
