""""A and B spoke by phone last Thursday": a call between the joined subjects, even with no "with";
"A and B spoke to reporters" is none."""

from __future__ import annotations

from extract_helpers import extract_text, participant_names

LEAD = ("LIMA (Andina) - Peruvian Defence Minister Walter Astudillo welcomed his Ecuadorian counterpart Gian "
        "Carlo Loffredo in Lima on Tuesday for talks on border security.\n\n")


def _calls(nlp, text: str) -> list[list[str]]:
    x = extract_text(nlp, text)
    return [participant_names(x, mt) for mt in x.meetings if mt.kind == "telephone"]


def test_joined_subjects_that_spoke_by_phone_held_a_call(nlp):
    text = LEAD + "The visit comes after Astudillo and Loffredo spoke by phone last Thursday to prepare the agenda."
    assert _calls(nlp, text) == [["Gian Carlo Loffredo", "Walter Astudillo"]]


def test_joined_subjects_that_spoke_to_reporters_held_no_call(nlp):
    text = LEAD + "Astudillo and Loffredo spoke to reporters after the talks."
    assert _calls(nlp, text) == []
