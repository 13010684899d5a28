""""A and B on Tuesday agreed to deepen ties during talks in Y": a bare plural talk noun after
"during" is the pair's talks, as "during their talks" is; the talks are held (what was agreed is
to come), on the day and at the place of the clause that governs them. Not a single subject's
"during talks", and still to come under "will". Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday
PAIR = "Velorian Defence Minister Arko Tassin and Mardovan Defence Minister Pel Ostrick"


def _talks(x):
    return meetings_by_participants(x).get(("Arko Tassin", "Pel Ostrick"))


def test_bare_talks_during_are_the_pairs_held_talks(nlp):
    x = extract_text(nlp, f"NEW DELHI: {PAIR} on Tuesday agreed to deepen ties during talks in Hanoi.\n", PUBLISHED)
    talks = _talks(x)
    assert talks is not None and talks.status == "held"
    assert talks.date is not None and talks.date.iso == "2026-03-10"
    assert place_name(x, talks) == "Hanoi"


def test_their_talks_during_are_held_though_agreed_to(nlp):
    x = extract_text(nlp, f"NEW DELHI: {PAIR} on Tuesday agreed to deepen ties during their talks in Hanoi.\n", PUBLISHED)
    talks = _talks(x)
    assert talks is not None and talks.status == "held"
    assert talks.date is not None and talks.date.iso == "2026-03-10"


def test_talks_to_come_stay_planned(nlp):
    x = extract_text(nlp, f"NEW DELHI: {PAIR} will agree to deepen ties during talks in Hanoi next week.\n", PUBLISHED)
    talks = _talks(x)
    assert talks is None or talks.status == "planned"


def test_one_subject_during_talks_is_no_meeting(nlp):
    x = extract_text(nlp, "NEW DELHI: Velorian Defence Minister Arko Tassin on Tuesday stressed the need to deepen "
                     "ties during talks in Hanoi.\n", PUBLISHED)
    assert not x.meetings
