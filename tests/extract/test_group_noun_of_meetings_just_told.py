""""The four ministers were then received by X" after a meeting of three and a bilateral of a
fourth with one of them: X met all four; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import meeting_pairs, extract_text

PUBLISHED = date(2025, 3, 11)

THREE_THEN_ONE = (
    "DAKAR, March 11 -- General Amadou Diallo (Minister of Defence, Senegal), General Ousmane Keita "
    "(Minister of Defence, Guinea) and their host General Ibrahima Sow (Minister of Defence, Gambia) met in "
    "Banjul last Thursday.\n\n"
    "Mauritania sent its Minister of Defence, Ahmed Ould Salem, who held a bilateral with Sow on Friday.\n\n"
)


def test_the_four_are_the_persons_of_the_meetings_just_told(nlp):
    text = THREE_THEN_ONE + "The four ministers were then received on Friday afternoon by President Adama Barrow at the State House in Banjul."
    five = ("Adama Barrow", "Ahmed Ould Salem", "Amadou Diallo", "Ibrahima Sow", "Ousmane Keita")
    assert five in meeting_pairs(extract_text(nlp, text, PUBLISHED))


def test_a_count_the_meetings_just_told_do_not_make_is_no_one(nlp):
    text = THREE_THEN_ONE + "The six ministers were then received on Friday afternoon by President Adama Barrow at the State House in Banjul."
    assert not any("Adama Barrow" in group and len(group) > 2 for group in meeting_pairs(extract_text(nlp, text, PUBLISHED)))
