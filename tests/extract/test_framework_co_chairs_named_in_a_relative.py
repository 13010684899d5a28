"""Co-chairs in a relative clause read on the words, since the tokenizer splits "co-chairs" and the
parse then loses what follows: "the X Committee, which A co-chairs with B" (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


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

