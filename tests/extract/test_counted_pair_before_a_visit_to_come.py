""""A is scheduled to call on Minister B. He is also expected to meet General C. The two Ministers had
spoken over the telephone in January": with no meeting told as held yet, the counted pair of a
call before the story's are the first pair to come who both hold that post (not A and the general
just told); "the two men" names no post and keeps the pair just told. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 16)
LEAD = ("Deputy Defence Minister Arvo Kallen will leave for Tarsk on Wednesday on a three-day visit to Veloria.\n\n"
        "On Wednesday, Mr. Kallen is scheduled to call on Veloria's Minister of Defence, Jorin Maddox. He is also "
        "expected to meet the Chief of General Staff of the Velorian Army, General Pell Ostrander, during the visit.\n\n")


def _calls(x):
    return [participant_names(x, mt) for mt in x.meetings if mt.kind == "telephone"]


def test_two_ministers_are_the_pair_of_the_call_to_come(nlp):
    x = extract_text(nlp, LEAD + "The two Ministers had spoken over the telephone on January 29.\n", PUBLISHED)
    assert _calls(x) == [["Arvo Kallen", "Jorin Maddox"]]


def test_two_men_name_no_post_and_keep_the_pair_just_told(nlp):
    x = extract_text(nlp, LEAD + "The two men had spoken over the telephone on January 29.\n", PUBLISHED)
    assert ["Arvo Kallen", "Jorin Maddox"] not in _calls(x)
