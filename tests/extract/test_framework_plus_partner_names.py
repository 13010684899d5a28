"""A dialogue named after a region's states "plus" one partner ("the Nordic plus Korea Dialogue")
is one name, though the tagger reads the partner as a place; a "plus" with no title-case head
word after it joins no name."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_region_plus_partner_dialogue(nlp):
    x = extract_text(nlp, "On Tuesday, the minister held a video call with his Korean counterpart within the framework of the "
                          "Central Asia plus Korea Dialogue.")
    kinds = framework_kinds(x)
    assert kinds.get("Central Asia plus Korea Dialogue") == "Dialogue"
    assert "Korea Dialogue" not in kinds


def test_plus_without_a_head_word(nlp):
    x = extract_text(nlp, "The Baltic Council plus Korea agreed on Tuesday to meet again in Riga.")
    assert not any("plus" in name for name in framework_kinds(x))
