"""A document's title goes on through "to the <state's> Armed Forces / Navy" (the force it serves),
not through "to the <office>" it is handed to; a participle after a plan's period ("for 2027-2028
covering ...") describes the plan, outside its name (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_title_runs_through_the_forces_it_serves(nlp):
    kinds = framework_kinds(extract_text(nlp, "At the end of the meeting, the two ministers signed a Technical Arrangement on "
                                              "Training Assistance to the Varnian Armed Forces, under which instructors will stay."))
    assert kinds.get("Technical Arrangement on Training Assistance to the Varnian Armed Forces") == "Agreement"
    assert "Technical Arrangement on Training Assistance" not in kinds


def test_title_runs_through_a_navy(nlp):
    kinds = framework_kinds(extract_text(nlp, "The ministers signed an Agreement on Logistic Support to the Oskarian Navy on Tuesday."))
    assert kinds.get("Agreement on Logistic Support to the Oskarian Navy") == "Agreement"


def test_title_stops_before_the_office_it_is_handed_to(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister handed the Technical Arrangement on Training Assistance to the "
                                              "Chief of Staff, Arvo Lindqvist."))
    assert kinds.get("Technical Arrangement on Training Assistance") == "Agreement"


def test_participle_after_a_plans_period_is_outside_its_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two men signed a plan for military cooperation for 2027-2028 covering officer "
                                              "training, the repair of old equipment and visits by warships, the ministry said."))
    assert kinds.get("plan for military cooperation for 2027-2028") == "Agreement"
    assert not any("covering" in name for name in kinds)
