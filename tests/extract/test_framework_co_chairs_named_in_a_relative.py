"""Co-chairs in a relative clause read on the words, since the tokenizer splits "co-chairs" and the
parse then loses what follows: "the X Committee, which A co-chairs with B" (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def _co_chairs(x, name: str) -> set[str]:
    return {iso for iso, fw, role in membership_triples(x) if fw == name and role == "co-chair"}


def test_the_partner_after_with_co_chairs_too(nlp):
    x = extract_text(nlp, "The ministers reviewed the Coastal Security Committee, which Norway co-chairs with Chile.")
    assert _co_chairs(x, "Coastal Security Committee") == {"NOR", "CHL"}


def test_the_partner_after_alongside_past_an_adverb(nlp):
    x = extract_text(nlp, "The ministers approved the plan of the Coastal Security Committee, which Norway currently "
                          "co-chairs alongside Chile, and reviewed the force.")
    assert _co_chairs(x, "Coastal Security Committee") == {"NOR", "CHL"}


def test_officials_or_an_owner_after_with_co_chair_nothing(nlp):
    x = extract_text(nlp, "The ministers reviewed the Coastal Security Committee, which Norway co-chairs with Chile's support.")
    assert _co_chairs(x, "Coastal Security Committee") == {"NOR"}
    x = extract_text(nlp, "The ministers reviewed the Coastal Security Committee, which Norway co-chairs, with Chile as an observer.")
    assert _co_chairs(x, "Coastal Security Committee") == {"NOR"}


def test_a_short_name_of_a_pair_body_named_before_is_that_body(nlp):
    # "the A-B Joint Committee ... The Joint Committee, which is co-chaired by A and B": one body
    x = extract_text(nlp, "The minister will travel to Lima ahead of the 5th meeting of the Norway-Chile Joint Committee. "
                          "The Joint Committee, which is co-chaired by Norway and Chile, oversees the treaty.")
    assert "Joint Committee" not in framework_kinds(x)
    assert _co_chairs(x, "Norway-Chile Joint Committee") == {"NOR", "CHL"}


def test_a_pair_written_with_a_dotted_abbreviation(nlp):
    x = extract_text(nlp, "The ministers met at the Norway-U.S. Joint Committee in Lima. The Joint Committee is "
                          "co-chaired by Norway and the United States.")
    assert "Joint Committee" not in framework_kinds(x)
    assert _co_chairs(x, "Norway-U.S. Joint Committee") == {"NOR", "USA"}


def test_a_short_name_of_another_pair_stays_apart(nlp):
    x = extract_text(nlp, "The ministers met at the Norway-Chile Joint Committee in Lima. Peru and Ecuador also have a "
                          "Joint Committee, and the Joint Committee, which is co-chaired by Peru and Ecuador, meets in May.")
    assert not _co_chairs(x, "Norway-Chile Joint Committee") & {"PER", "ECU"}
