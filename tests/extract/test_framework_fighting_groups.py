"""A name set off with ", an armed group" (rebel, militant, ...) names fighters, not a grouping of
states; ", a regional grouping of A, B and C" still names a framework."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_armed_or_rebel_group_is_no_framework(nlp):
    for text, name in (
            ("Troops operate alongside the national army, targeting the Liberation Front of the North, an armed group "
             "that has pledged allegiance to the Islamic State.", "Liberation Front of the North"),
            ("Troops operate against the Northern Liberation Front, a rebel group active since 2019.", "Northern Liberation Front")):
        assert name not in framework_kinds(extract_text(nlp, text)), text


def test_grouping_of_states_set_off_after_its_name_is_kept(nlp):
    text = "The Ocean Guardians, a regional grouping of Fiji, Samoa and Tonga, met on Monday."
    assert framework_kinds(extract_text(nlp, text)).get("Ocean Guardians") == "Forum"
