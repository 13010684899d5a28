""""the dialogue adopted a work plan for 2027-2028": a lowercase work plan is a body's schedule of work,
no document of its own; a cooperation plan signed for a period still is one (invented sentences, no names
from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_work_plan_adopted_by_a_dialogue_is_no_framework(nlp):
    kinds = framework_kinds(extract_text(nlp, "On Monday, Undersecretary Arlo Venn and Kenya's Secretary of Defence, Joseph "
                                              "Otieno, co-chaired the 3rd Belgium-Kenya Defense Strategic Dialogue, which "
                                              "adopted a work plan for 2027-2028."))
    assert not any("work plan" in n for n in kinds), kinds
    assert "Belgium-Kenya Defense Strategic Dialogue" in kinds, kinds


def test_cooperation_plan_for_a_period_is_still_named(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two ministers signed a military cooperation plan for 2027."))
    assert "military cooperation plan for 2027" in kinds, kinds
