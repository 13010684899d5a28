"""A talk noun's "between" sides may be described, with each name set off after its description
("a video call between the Kenyan coordinator of the group, Colonel X, and his Tanzanian
counterpart, Major Y"); the parse may hang the names elsewhere. The persons written after
"between", up to the next verb, are the sides when they are two or more."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 12)


def _pairs(nlp, text: str) -> set[tuple[str, ...]]:
    return meeting_pairs(extract_text(nlp, text, published=PUBLISHED))


def test_described_sides_with_names_set_off(nlp):
    text = ("Its agenda was finalised during a video call on Mar 2nd between the Kenyan coordinator of the "
            "group, Colonel Peter Otieno, and his Tanzanian counterpart, Major Amina Juma.")
    assert _pairs(nlp, text) == {("Amina Juma", "Peter Otieno")}


def test_a_person_after_the_next_verb_is_no_side(nlp):
    text = ("Talks between the two delegations were held in Nairobi on Monday, and Colonel Peter Otieno "
            "later met Major Amina Juma.")
    assert _pairs(nlp, text) == {("Amina Juma", "Peter Otieno")}  # the meeting of "met", no other
