"""A pair prefix opening with a dotted abbreviation, written as one token with its hyphen: "the
U.S.-Peru Bilateral Defense Working Group", "the U.S.-Peru Status of Forces Agreement": the
pair is part of the name (invented bodies)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_dotted_pair_opens_a_body_name(nlp):
    x = extract_text(nlp, "Officials will attend the fifth meeting of the U.S.-Peru Coastal Defense Working Group, which is "
                          "co-chaired by the United States and Peru.")
    kinds = framework_kinds(x)
    assert "U.S.-Peru Coastal Defense Working Group" in kinds
    assert "Coastal Defense Working Group" not in kinds
    assert {iso for iso, fw, role in membership_triples(x)
            if fw == "U.S.-Peru Coastal Defense Working Group" and role == "co-chair"} == {"USA", "PER"}


def test_dotted_pair_opens_an_agreement_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "They signed the U.S.-Peru Coastal Patrol Agreement on Monday."))
    assert "U.S.-Peru Coastal Patrol Agreement" in kinds


def test_a_dotted_abbreviation_alone_stays_out(nlp):
    kinds = framework_kinds(extract_text(nlp, "The U.S. Coastal Defense Working Group met in Lima on Monday."))
    assert not any(name.startswith("U.S.") and "Peru" in name for name in kinds)
