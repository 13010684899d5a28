""""The visit follows a telephone call last Sunday in which A and B exchanged views": the call
noun's "in which" clause with a joint subject tells a call between the two, dated by the noun's
day; "a report in which A and B are named" tells no meeting. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 15)  # a Saturday
LEAD = ("OSTRA, March 15 (Wire) - Talks between Defence Minister Arlo Tenmark and Corvanian Defence Minister "
        "Brisa Holloway were held at the Ministry of Defence in Ostra today.\n\n")


def test_call_in_which_the_pair_exchanged_views(nlp):
    x = extract_text(nlp, LEAD + "The visit follows a telephone call last Sunday in which Mr Tenmark and Ms Holloway "
                     "exchanged views on the situation in the region.\n", PUBLISHED)
    calls = [mt for mt in x.meetings if mt.kind == "telephone"]
    assert len(calls) == 1
    assert calls[0].date is not None and calls[0].date.iso == "2025-03-09"
    assert calls[0].status == "held"


def test_document_in_which_the_pair_is_named_is_no_call(nlp):
    x = extract_text(nlp, LEAD + "The visit follows a joint statement last Sunday in which Mr Tenmark and Ms Holloway "
                     "welcomed the new agreement.\n", PUBLISHED)
    assert not [mt for mt in x.meetings if mt.kind == "telephone"]
    assert ("Arlo Tenmark", "Brisa Holloway") in meetings_by_participants(x)


def test_call_in_which_the_pair_discussed_after_their_talks(nlp):
    x = extract_text(nlp, LEAD + "The visit follows a telephone call last Sunday in which Mr Tenmark and Ms Holloway "
                     "discussed the situation in the region.\n", PUBLISHED)
    calls = [mt for mt in x.meetings if mt.kind == "telephone"]
    assert len(calls) == 1 and calls[0].date is not None and calls[0].date.iso == "2025-03-09"
