"""A transit route or corridor spelled by its acronym ("the Lakes Route for Regional Trade and Transit
(LRRTT)") is an Initiative; without its acronym, or with one that does not spell it, it is no framework."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_route_spelled_by_its_acronym(nlp):
    x = extract_text(nlp, "The deal also envisages the Lakes Route for Regional Trade and Transit (LRRTT), a rail link through the border region.")
    assert framework_kinds(x).get("Lakes Route for Regional Trade and Transit") == "Initiative"


def test_route_without_a_spelling_acronym(nlp):
    for text in ("The deal also envisages the Lakes Route for Regional Trade and Transit, a rail link through the border region.",
                 "Trucks use the Lakes Route for Regional Trade and Transit (KX), a rail link through the border region."):
        assert not framework_kinds(extract_text(nlp, text)), text
