""""The visit follows a telephone conversation between the two Ministers on <day>": the bare plural
post stands for the two persons named before who hold a post of that word, whatever their full
titles ("Defence Minister A", "the Minister of Defence of X, B"); not when three are named.
Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 2, 22)

VISIT = ("New Delhi, 22 February 2027 - The Minister of Defence of Moldova, Lt Gen Ion Vacarescu, will pay an official "
         "visit to India from February 23-25, 2027 at the invitation of Defence Minister Arvind Kelkar. ")
CALL = "The visit follows a telephone conversation between the two Ministers on January 19, 2027.\n"


def test_the_two_ministers_of_a_call_are_the_two_named_before(nlp):
    x = extract_text(nlp, VISIT + CALL, PUBLISHED)
    call = meetings_by_participants(x)[("Arvind Kelkar", "Ion Vacarescu")]
    assert call.date is not None and call.date.iso == "2027-01-19"
    assert call.kind == "telephone"


def test_three_ministers_named_before_make_no_pair(nlp):
    # must not fire: "the two Ministers" could be any two of three
    third = "Foreign Minister Radu Ciobanu will join the delegation. "
    x = extract_text(nlp, VISIT + third + CALL, PUBLISHED)
    assert not any(m.date is not None and m.date.iso == "2027-01-19" for m in x.meetings)
