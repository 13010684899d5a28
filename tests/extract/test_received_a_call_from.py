""""X received a call from Y": a call with no "courtesy" (and no medium) is a telephone call, as
the bare call noun is elsewhere; "received a courtesy call from Y" stays a call-on. Invented
sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import meetings_by_participants, extract_text

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_bare_call_received_is_a_telephone_call(nlp):
    x = extract_text(nlp, "VELMORA: Velorian Defence Minister Arko Tassin on Tuesday received a call from Mardovan "
                     "Defence Minister Pel Ostrick.\n", PUBLISHED)
    call = meetings_by_participants(x).get(("Arko Tassin", "Pel Ostrick"))
    assert call is not None and call.kind == "telephone"
    assert call.date is not None and call.date.iso == "2026-03-10"


def test_courtesy_call_received_stays_a_call_on(nlp):
    x = extract_text(nlp, "VELMORA: Velorian Defence Minister Arko Tassin on Tuesday received a courtesy call from "
                     "Mardovan Defence Minister Pel Ostrick.\n", PUBLISHED)
    call = meetings_by_participants(x).get(("Arko Tassin", "Pel Ostrick"))
    assert call is not None and call.kind == "call-on"
