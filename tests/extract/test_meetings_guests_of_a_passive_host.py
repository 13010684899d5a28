""""A and B took part in the talks, hosted in Lima by C": a passive "hosted by C" hung on a
clause of attending makes everyone who attended C's guest, one meeting of all, on the attending
clause's day. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 16)
ALL_THREE = ("Ana Vera", "Andreas Kyriou", "Rui Costa")


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Andreas Kyriou and Portuguese Defence Minister Rui Costa took part today in the trilateral "
        "meeting on defence cooperation, hosted in Santiago by Chilean Defence Minister Ana Vera.",
        "Defence Minister Andreas Kyriou and Portuguese Defence Minister Rui Costa attended the trilateral meeting in "
        "Santiago today, hosted by Chilean Defence Minister Ana Vera.",
        "The Minister of Defence, Mr Andreas Kyriou, and the Minister of National Defence of Portugal, Mr Rui Costa, took "
        "part today in the trilateral meeting between Cyprus, Portugal and Chile, hosted in Santiago by the Minister of "
        "Defence of Chile, Dr Ana Vera.",
    ],
)
def test_all_who_attended_meet_the_host(nlp, sentence):
    x = extract_text(nlp, sentence, PUBLISHED)
    assert meeting_pairs(x) == {ALL_THREE}
    mt = meetings_by_participants(x)[ALL_THREE]
    assert mt.date is not None and mt.date.iso == "2025-03-16"
    assert place_name(x, mt) == "Santiago"


def test_a_passive_host_on_a_clause_of_no_attending_brings_no_guests(nlp):
    # "praised" is no attending: the subject is not the host's guest
    x = extract_text(nlp, "Defence Minister Andreas Kyriou praised the trilateral meeting on defence cooperation, hosted in "
                     "Santiago by Chilean Defence Minister Ana Vera and attended by Portuguese Defence Minister Rui Costa.", PUBLISHED)
    assert ALL_THREE not in meeting_pairs(x)
