""""They spoke by phone in January", "They had met in X last year and spoke by phone in January",
"The ministers, who last met in X in August, also spoke by phone in December": a call between the
pair just told, with "they" or an uncounted "the ministers" as the subject of a verb of speaking by a
medium (as "the two ministers" already was). With no meeting told before, "they" is no one; "they
spoke to reporters" with no medium is no call. Invented names. Publication date 2026-03-12."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("Chilean Defence Minister Harun Kelvari received his Uruguayan counterpart Tomas Brenik in Santiago on "
        "Tuesday. ")
PAIR = ["Harun Kelvari", "Tomas Brenik"]


def _calls(x):
    return [(participant_names(x, mt), mt.date.iso if mt.date else None) for mt in x.meetings if mt.kind == "telephone"]


def test_they_spoke_by_phone(nlp):
    assert _calls(extract_text(nlp, LEAD + "They spoke by phone in January.\n", PUBLISHED)) == [(PAIR, "2026-01")]


def test_they_had_met_and_spoke_by_phone(nlp):
    x = extract_text(nlp, LEAD + "They had met in Lima last year and spoke by phone in January.\n", PUBLISHED)
    assert _calls(x) == [(PAIR, "2026-01")]


def test_the_ministers_who_last_met_also_spoke_by_phone(nlp):
    x = extract_text(nlp, LEAD + "The ministers, who last met in Lima in August, also spoke by phone in December.\n", PUBLISHED)
    assert _calls(x) == [(PAIR, "2025-12")]


def test_they_with_no_meeting_told_is_no_one(nlp):
    x = extract_text(nlp, "Chile and Uruguay pledged closer defence ties on Tuesday. They spoke by phone in January.\n", PUBLISHED)
    assert _calls(x) == []


def test_they_spoke_to_reporters_is_no_call(nlp):
    x = extract_text(nlp, LEAD + "They spoke to reporters after the talks.\n", PUBLISHED)
    assert _calls(x) == [] and len(x.meetings) == 1

