""""The ministers had agreed on the dates of the visit during a telephone conversation in
November", told after a side meeting of a deputy minister and a secretary: a call before the
story's is the story's own pair of ministers'; told as now ("the ministers agreed ... during a
call"), the rule does not pick the story's pair."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

TEXT = ("LIMA, FEBRUARY 14 (Andina). Minister of Defense of Peru Ramiro Talvent Oquendo, who paid an official visit to "
        "Chile on February 11-13, held talks with Chilean Defense Minister Clara Ibsandro Ferrat in Santiago on February 12.\n\n"
        "Deputy Minister of Defense Hugo Mardones Quelal, who was part of the delegation, co-chaired the Peru-Chile "
        "Defense Policy Dialogue in Santiago on Wednesday together with the Defense Secretary of Chile, Tomas Ervanti Loa.\n\n")
PAIR = ["Clara Ibsandro Ferrat", "Ramiro Talvent Oquendo"]


def _calls(text: str, nlp):
    x = extract_text(nlp, text, published=date(2027, 2, 14))
    return [(participant_names(x, mt), mt.date.iso if mt.date else None) for mt in x.meetings if mt.kind == "telephone"]


def test_the_ministers_had_agreed_during_a_call_is_the_story_pairs_call(nlp):
    text = TEXT + "The ministers had agreed on the dates of the visit during a telephone conversation in November."
    assert _calls(text, nlp) == [(PAIR, "2026-11")]


def test_the_ministers_agreed_during_a_call_told_as_now_is_not_the_story_pair(nlp):
    text = TEXT + "The ministers agreed on the dates of the next round during a telephone conversation on Friday."
    assert (PAIR, "2027-02-12") not in _calls(text, nlp) and not any(p == PAIR for p, _ in _calls(text, nlp))
