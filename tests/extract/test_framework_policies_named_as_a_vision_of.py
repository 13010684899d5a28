"""Policies named after "the vision of": "in line with the vision of Build in Ruritania and Strong
Coasts" (invented names) are two policies; not a person, an office or countries after "the vision of"
("the vision of President Tomas Varga", "the vision of Chile and Peru")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_two_policies_after_the_vision_of(nlp):
    kinds = framework_kinds(extract_text(nlp, "The visit is expected to open new markets for Chilean industry in line "
                                              "with the vision of Build in Chile and Strong Coasts."))
    assert kinds.get("Build in Chile") == "Policy"
    assert kinds.get("Strong Coasts") == "Policy"


def test_one_policy_after_the_vision_of(nlp):
    kinds = framework_kinds(extract_text(nlp, "The purchase follows the vision of Secure Horizon set out by the ministry."))
    assert kinds.get("Secure Horizon") == "Policy"


def test_persons_offices_and_countries_after_the_vision_of_are_no_policies(nlp):
    text = ("The minister praised the vision of President Tomas Varga. He also praised the vision of the Ministry of "
            "Defence and the shared vision of Chile and Peru.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert not any(k in kinds for k in ("President Tomas Varga", "Tomas Varga", "Ministry of Defence", "Chile", "Peru", "Chile and Peru"))
