"""Widely known groupings, programmes and exercises the gazetteer (lexicon/frameworks.txt) knows:
the Non-Aligned Movement, the Group of 77, NATO's Partnership for Peace, the D-8, the North-South
Transport Corridor and the African Lion exercise are frameworks however the sentence around them
reads ("members of the A and of the B": two bodies; "B, the largest ... exercise": a name set off)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds, members_stated


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Ghana has taken part in the alliance's Partnership for Peace program since 2006.", "PfP", "Initiative"),
        ("Envoys discussed participation in African Lion, the largest US-led military exercise on the continent.",
         "African Lion", "Exercise"),
        ("Officials reviewed the International North-South Transport Corridor on Monday.", "INSTC", "Initiative"),
        ("Ghana is a member of the D-8 Organisation for Economic Cooperation.", "D-8", "Organisation"),
        # India's self-reliance policy, named in its Hindi words ("under the Aatmanirbhar Bharat push")
        ("Shipyards offered patrol vessels to Lima under the Aatmanirbhar Bharat push.", "Aatmanirbhar Bharat", "Policy"),
        ("The deal is in line with India's Atmanirbhar Bharat initiative.", "Aatmanirbhar Bharat", "Policy"),
    ],
)
def test_known_grouping_is_a_framework(nlp, text, name, kind):
    assert framework_kinds(extract_text(nlp, text)).get(name) == kind


def test_members_of_two_known_bodies_each_with_of(nlp):
    text = ("Ghana and Peru held talks on Monday. "
            "Ghana and Peru are both members of the Non-Aligned Movement and of the Group of 77.")
    assert members_stated(text, nlp) == {(iso, body, "member") for iso in ("GHA", "PER") for body in ("NAM", "G77")}


def test_a_lone_acronym_like_word_is_no_body(nlp):
    # "Nam" as a word of a place is not the movement: the gazetteer matches its spellings exactly
    kinds = framework_kinds(extract_text(nlp, "The minister visited Nam Dinh province on Monday."))
    assert "NAM" not in kinds


def test_a_named_policy_paired_with_a_known_one_is_still_a_policy(nlp):
    """"the government's Build in X and <known policy> goals": the known name does not hide the other."""
    kinds = framework_kinds(extract_text(nlp, "Officials linked the visit to the government's Build in Peru and "
                                               "Aatmanirbhar Bharat goals."))
    assert kinds.get("Build in Peru") == "Policy" and kinds.get("Aatmanirbhar Bharat") == "Policy"
