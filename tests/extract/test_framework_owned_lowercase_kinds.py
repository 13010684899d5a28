"""A capitalised name between a country's possessive and a lowercase "framework", "concept" or
"strategy" is that country's policy ("Norway's Resilient Nation framework"); without the possessive
those words name no framework (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def _owner(x, name: str) -> str | None:
    return next(f.owner for f in x.frameworks if f.name == name)


def test_a_countrys_named_framework_concept_or_strategy_is_its_policy(nlp):
    for text, name in (("The ministers discussed Norway's Resilient Nation framework, which turns 30 this year.", "Resilient Nation"),
                       ("Officials briefed the visitors on Norway's Forward Shield concept.", "Forward Shield"),
                       ("He praised Norway's Sentinel Guard strategy during the talks.", "Sentinel Guard")):
        x = extract_text(nlp, text)
        assert framework_kinds(x).get(name) == "Policy", text
        assert _owner(x, name) == "NOR", text


def test_without_a_countrys_possessive_no_framework(nlp):
    for text in ("The ministers agreed on a Resilient Nation framework for the region.",
                 "Norway's new framework was discussed.",
                 "The talks covered the Readiness concept."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
