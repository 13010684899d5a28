""""A and B pledged on Tuesday to ... . A hosted B at the ministry": the hosting told right after the lead,
between the two persons the lead is about, is the lead's occasion and day."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, participant_names

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


UNNAMED = ("ROME, March 10 (ANSA) - Defence Minister Marco Bellini today hosted his Spanish and Greek counterparts "
           "for a trilateral meeting on air defence in the Mediterranean.\n\n")


@pytest.mark.parametrize("met", [
    "Bellini met Spanish Defence Minister Lucia Ortega and Greek Defence Minister Nikos Dendias at the Palazzo Baracchini here.",
    "Bellini held talks with Spanish Defence Minister Lucia Ortega and Greek Defence Minister Nikos Dendias at the defence ministry.",
    "Bellini received Spanish Defence Minister Lucia Ortega and Greek Defence Minister Nikos Dendias at the defence ministry here, "
    "nearly a decade after the three countries launched the initiative.",
])
def test_partners_named_after_a_lead_of_unnamed_counterparts_take_its_day(nlp, met):
    x = extract_text(nlp, UNNAMED + met, published=date(2025, 3, 10))
    meetings = [mt for mt in x.meetings if "Lucia Ortega" in participant_names(x, mt)]
    assert meetings and all(mt.date is not None and mt.date.iso == "2025-03-10" for mt in meetings)


def test_another_subject_after_a_lead_of_unnamed_counterparts_does_not_take_its_day(nlp):
    text = UNNAMED + "Army chief General Paolo Conti met Spanish Army chief General Jose Ruiz at the army headquarters."
    x = extract_text(nlp, text, published=date(2025, 3, 10))
    meeting = meetings_by_participants(x)[("Jose Ruiz", "Paolo Conti")]
    assert meeting.date is None
