""""1. A hosted Minister B ... . 2. B also called on the Prime Minister ... . 3. He will call on the
Navy chief tomorrow. 4. Both Ministers last met in X in November, and spoke by telephone on <day>": after
meetings of the visitor with others, a counted pair told as background ("last met", "had met") is the
story's pair of that post, for the recalled meeting and the call its second verb tells; a pair that
names no post ("the two men") does not reach back to them. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("1. The Minister of Defence of Peru, Harun Kelvari, hosted the Minister of National Defence of Uruguay, "
        "General Tomas Brenik, at the ministry in Lima yesterday.\n\n"
        "2. This morning, the Uruguayan Minister paid a courtesy call on the Prime Minister, Razlan Omarov, "
        "at the Government Palace in Lima.\n\n"
        "3. He is scheduled to call on the Commander of the Navy, Admiral Faizal Rezwan, at the Callao Naval Base tomorrow.\n\n")
PAIR = ["Harun Kelvari", "Tomas Brenik"]


def _pair_meetings(x):
    return [(mt.kind, mt.date.iso if mt.date else None) for mt in x.meetings
            if participant_names(x, mt) == sorted(PAIR) and mt.earlier]


def test_both_ministers_last_met_and_spoke_by_telephone(nlp):
    x = extract_text(nlp, LEAD + "4. Both Ministers last met on the sidelines of a regional forum in Quito in "
                     "November 2025, and spoke by telephone on 21 January 2026 to prepare for the visit.\n", PUBLISHED)
    found = _pair_meetings(x)
    assert ("telephone", "2026-01-21") in found
    assert any(d == "2025-11" and k != "telephone" for k, d in found)


def test_the_two_men_name_no_post(nlp):
    x = extract_text(nlp, LEAD + "4. The two men last met in Quito in November 2025.\n", PUBLISHED)
    assert _pair_meetings(x) == []
