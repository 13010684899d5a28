"""Countries taking part in a body "alongside" / "along with" others: the others are members too
(invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def _members_of(got: set[tuple[str, str, str]], framework: str) -> set[str]:
    return {c for c, fw, r in got if fw == framework and r == "member"}


def test_takes_part_alongside_a_list(nlp):
    got = members_stated("Peru takes part in the Pacific Defence Organisation alongside Chile, Ecuador and Colombia.", nlp)
    assert _members_of(got, "Pacific Defence Organisation") == {"PER", "CHL", "ECU", "COL"}


def test_participates_along_with(nlp):
    got = members_stated("Namibia participates in the Southern Coastal Organisation along with Angola and Botswana.", nlp)
    assert _members_of(got, "Southern Coastal Organisation") == {"NAM", "AGO", "BWA"}


def test_exercise_taken_part_in_alongside_gives_no_members(nlp):
    got = members_stated("Peru takes part in the Pacific Shield exercise alongside Chile and Ecuador.", nlp)
    assert not _members_of(got, "Pacific Shield")
