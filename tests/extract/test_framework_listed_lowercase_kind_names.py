""""Ghana's Coastal Shield Policy and Green Frontier policy": a name before a lowercase kind word
listed right after another framework (",", "and") is read as if it had the first one's lead; a name
after a plain word (no framework before it) is not."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_listed_after_a_framework(nlp):
    for text in ("The minister praised Ghana's Coastal Shield Policy and Green Frontier policy.",
                 "The minister praised Ghana's Coastal Shield Policy, Green Frontier policy and the Blue Economy Strategy."):
        assert framework_kinds(extract_text(nlp, text)).get("Green Frontier") == "Policy", text


def test_listed_after_no_framework(nlp):
    text = "The minister praised troops from Togo and Green Frontier policy makers."
    assert "Green Frontier" not in framework_kinds(extract_text(nlp, text))
