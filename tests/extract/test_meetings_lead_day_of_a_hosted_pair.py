""""A and B pledged on Tuesday to ... . A hosted B at the ministry": the hosting told right after the lead,
between the two persons the lead is about, is the lead's occasion and day."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = ("ROME, March 12, 2025 (AFP) - Italian Defence Minister Marco Bellini and his Spanish counterpart Lucia Ortega "
        "pledged on Monday to speed up work on a jointly developed air defence system.\n\n")


@pytest.mark.parametrize("host", ["Bellini hosted Ortega at the Palazzo Baracchini, the defence ministry's headquarters, for talks.",
                                  "Bellini received Ortega at the defence ministry for talks that also covered naval cooperation.",
                                  "Bellini hosted Ortega at the defence ministry's Rome headquarters."])
def test_hosting_after_the_lead_takes_the_lead_day(nlp, host):
    meeting = meetings_by_participants(extract_text(nlp, LEAD + host))[("Lucia Ortega", "Marco Bellini")]
    assert meeting.date.iso == "2025-03-10"


def test_hosting_of_a_third_person_does_not_take_the_lead_day(nlp):
    text = LEAD + "Bellini hosted Greek Defence Minister Nikos Dendias at the defence ministry."
    meeting = meetings_by_participants(extract_text(nlp, text))[("Marco Bellini", "Nikos Dendias")]
    assert meeting.date is None or meeting.date.iso != "2025-03-10"
