"""A commission named after the waters or region its states share is an Organisation; two states'
joint standing commission stays a Dialogue (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def _kinds(nlp, text: str) -> dict[str, str]:
    return framework_kinds(extract_text(nlp, text))


def test_commission_named_after_a_lake_basin(nlp):
    assert _kinds(nlp, "Chad and Niger are members of the Lake Basin Security Commission.") == {
        "Lake Basin Security Commission": "Organisation"}


def test_commission_of_the_gulf_of_a_country_merely_named_is_kept(nlp):
    kinds = _kinds(nlp, "Benin and Togo signed a protocol under the Coastal Patrol Commission of the Gulf of Guinea on Monday.")
    assert kinds.get("Coastal Patrol Commission of the Gulf of Guinea") == "Organisation"


def test_sub_regional_commission(nlp):
    kinds = _kinds(nlp, "Gabon is a member of the Sub-Regional Coastguard Commission.")
    assert kinds.get("Sub-Regional Coastguard Commission") == "Organisation"


def test_two_states_joint_commission_stays_a_dialogue(nlp):
    kinds = _kinds(nlp, "The Zambia-Botswana Joint Permanent Commission on Defence met in Gaborone on Monday.")
    assert kinds.get("Zambia-Botswana Joint Permanent Commission on Defence") == "Dialogue"
