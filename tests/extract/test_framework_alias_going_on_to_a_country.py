"""A known body's short name that goes on with "on <country>" in a "so-called" name or before a
list of its members names another grouping ("the so-called Quad on Somalia, comprising A, B ..."),
not the known body; "briefed the Quad on Somalia" tells what the talk was about (sentences
written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_a_so_called_name_on_a_country_is_another_grouping(nlp):
    x = extract_text(nlp, "Kenya is also a member of the so-called Quad on Somalia, comprising the United States, Turkey, Qatar and Kenya, "
                          "which has pressed for talks.")
    assert framework_kinds(x) == {"Quad on Somalia": "Forum"}
    assert {c for c, name, _ in membership_triples(x) if name == "Quad on Somalia"} == {"KEN", "QAT", "TUR", "USA"}


def test_a_name_listing_its_members_after_it(nlp):
    x = extract_text(nlp, "The Quad on Somalia, comprising the United States, Turkey, Qatar and Kenya, met in Nairobi.")
    assert "Quad on Somalia" in framework_kinds(x)


def test_what_a_briefing_is_on_keeps_the_known_body(nlp):
    x = extract_text(nlp, "The minister briefed the Quad on Somalia.")
    assert "Quad on Somalia" not in framework_kinds(x)
