"""Memberships told of a programme: "B joined the X Corridor (XC) project, of which A is a founding
member" (the acronym and the kind word between the name and the clause), and "A has taken part in
the X program since it joined in 2006" (the join makes it a member); invented names."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _members(x, name: str) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if fw == name and role == "member"}


def test_joined_project_with_acronym_and_founding_member_after_the_kind_word(nlp):
    x = extract_text(nlp, "Peru joined the Northern Amber Transport Corridor (NATC) project, of which Chile is a founding "
                          "member, in 2023, and Lima sees the corridor as complementary.")
    assert _members(x, "Northern Amber Transport Corridor") == {"PER", "CHL"}


def test_founding_member_of_a_project_without_acronym(nlp):
    x = extract_text(nlp, "Peru joined the Northern Amber Transport Corridor project, of which Chile is a founding member, in 2023.")
    assert _members(x, "Northern Amber Transport Corridor") == {"PER", "CHL"}


def test_taken_part_in_a_program_since_it_joined(nlp):
    x = extract_text(nlp, "Peru, which declared neutrality in 2007, is not seeking membership of the alliance but has taken "
                          "part in the Harbour Shield program since it joined in 2006.")
    assert _members(x, "Harbour Shield") == {"PER"}


def test_taken_part_in_a_program_or_exercise_without_a_join_is_no_membership(nlp):
    x = extract_text(nlp, "Peru has taken part in the Harbour Shield program since 2006.")
    assert not _members(x, "Harbour Shield")
    x = extract_text(nlp, "Peru has taken part in the Harbour Shield exercise since it joined in 2006.")
    assert not _members(x, "Harbour Shield")
