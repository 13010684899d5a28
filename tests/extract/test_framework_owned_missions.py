"""A known body's named operation: "NATO's X mission" (invented names)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_body_possessive_names_its_mission(nlp):
    fws = framework_kinds(_extract(nlp, "Ministers also discussed NATO's Northern Watch mission, which began in May."))
    assert fws.get("Northern Watch") == "Initiative"


def test_body_possessive_names_its_operation(nlp):
    fws = framework_kinds(_extract(nlp, "They praised the EU's Sea Lantern operation in the Red Sea."))
    assert fws.get("Sea Lantern") == "Initiative"


def test_lowercase_mission_of_a_body_is_no_name(nlp):
    fws = framework_kinds(_extract(nlp, "They discussed NATO's air policing mission."))
    assert set(fws) == set()


def test_country_possessive_mission_is_not_taken(nlp):
    fws = framework_kinds(_extract(nlp, "They praised Kenya's Amani mission in the north."))
    assert "Amani" not in fws
