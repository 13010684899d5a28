"""A body named as the field something is ranked in ("one of the highest levels in the Alliance")
stands in a relation and is kept; one merely named ("a level seen in it") is a bystander."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_body_ranked_in_is_kept(nlp):
    x = extract_text(nlp, "Latvia's defence spending will reach four percent of GDP next year, one of the highest levels in NATO, "
                          "the minister said.")
    assert framework_kinds(x).get("NATO") == "Organisation"


def test_body_merely_named_is_dropped(nlp):
    x = extract_text(nlp, "Latvia's defence spending will reach four percent of GDP next year, a level seen in NATO, the minister said.")
    assert "NATO" not in framework_kinds(x)
