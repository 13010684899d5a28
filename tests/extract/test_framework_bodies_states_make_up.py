"""A name with an acronym (perhaps from another language, not spelling it) that states or their
services "make up", "form" or "constitute" is a body ("The navies of A, B and C make up the Pacific
Coast Naval Watch (VINAPAC)"); one that others (engineers, not states) make up is not."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_body_made_up_by_states_navies(nlp):
    for text in ("The navies of Peru, Chile and Ecuador also make up the Pacific Coast Naval Watch (VINAPAC), which coordinates "
                 "the protection of fishing fleets.",
                 "Peru, Chile and Ecuador form the Pacific Coast Naval Watch (VINAPAC), which coordinates patrols."):
        assert framework_kinds(extract_text(nlp, text)).get("Pacific Coast Naval Watch") == "Organisation", text


def test_name_made_up_by_others_is_no_body(nlp):
    text = "Engineers make up the Pacific Coast Naval Watch (VINAPAC), which coordinates patrols."
    assert not framework_kinds(extract_text(nlp, text))
