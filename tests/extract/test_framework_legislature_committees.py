"""A committee of a national legislature (owned by a parliament, assembly, senate, congress or
house, or called parliamentary or legislative) oversees a government: no framework between states.
A joint committee of two states, or a body's committee, still is one."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_committee_of_a_legislature_is_no_framework(nlp):
    for text in (
            "The minister will appear before the Federal Assembly's Standing Committee on Defence, Security and Foreign Affairs next week.",
            "She briefed the Senate's Select Committee on Armed Services on the visit.",
            "He appeared before the Parliamentary Committee on Defence and Security on Monday.",
            "He briefed the Defence Committee of the Federal Parliament on the talks."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_joint_committee_of_states_and_a_bodys_committee_stay(nlp):
    for text, name in (
            ("The Chile-Peru Joint Defence Committee met in Lima on Monday.", "Chile-Peru Joint Defence Committee"),
            ("The Andean Community's Standing Committee on Maritime Security met in Quito.",
             "Standing Committee on Maritime Security")):  # the owning body's possessive is not in the name
        kinds = framework_kinds(extract_text(nlp, text))
        assert name in kinds, (text, kinds)


def test_a_committee_of_a_body_of_states_assembly_is_kept(nlp):
    text = "Peru and Chile clashed at the Disarmament Committee of the UN General Assembly on Tuesday."
    assert "Disarmament Committee" in framework_kinds(extract_text(nlp, text))
