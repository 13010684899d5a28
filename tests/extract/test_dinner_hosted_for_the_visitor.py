""""Deputy Minister A hosted a dinner for the visiting admiral at a hotel on Wednesday evening": the
meal's guest told as "the visiting <post>" is the story's visitor, who met the host (as "hosted a
dinner for <name>" and "hosted the visiting admiral" do); not when the host is the visitor's own
country's envoy. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 13)
LEAD = ("LIMA – The Chief of the Chilean Navy, Admiral Tomas Ruede, paid a courtesy call on the Minister of Defence, "
        "Dr Ivo Marten, at the ministry's headquarters in Lima on Wednesday.\n\n")


def test_dinner_for_the_visiting_admiral(nlp):
    x = extract_text(nlp, LEAD + "Deputy Minister of Defence Ana Ketter, who is no relation of the navy chief, hosted a "
                     "dinner for the visiting admiral at a Lima hotel on Wednesday evening.\n", PUBLISHED)
    assert ("Ana Ketter", "Tomas Ruede") in meeting_pairs(x)


def test_dinner_by_the_visitors_own_envoy_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "Chile's Ambassador to Peru, Ana Ketter, hosted a dinner for the visiting admiral at "
                     "her residence on Wednesday evening.\n", PUBLISHED)
    assert ("Ana Ketter", "Tomas Ruede") not in meeting_pairs(x)


def test_lunch_for_the_visiting_delegation_names_no_guest(nlp):
    # a party, whoever leads it: no one person is told to be the host's guest
    x = extract_text(nlp, LEAD + "Deputy Minister of Defence Ana Ketter hosted a lunch for the visiting delegation at a "
                     "Lima hotel on Wednesday.\n", PUBLISHED)
    assert ("Ana Ketter", "Tomas Ruede") not in meeting_pairs(x)
