"""A document's title set off by commas after its owner's policy or strategy, on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_title_with_a_comma_after_a_policy_update(nlp):
    x = _extract(nlp, "Wellington's defence policy update, Firm Ground, Open Seas, published in March 2024, promised closer "
                      "ties with Pacific partners.")
    assert framework_kinds(x).get("Firm Ground, Open Seas") == "Policy"


def test_title_before_which_after_a_strategy(nlp):
    x = _extract(nlp, "The minister presented its national security strategy, Our Coast, Our Duty, which sets goals to 2035.")
    assert framework_kinds(x).get("Our Coast, Our Duty") == "Policy"


def test_speaker_or_countries_after_the_comma_are_no_title(nlp):
    x = _extract(nlp, "Its defence strategy, Prime Minister Anna Berg said, was sound. The country's new strategy, Chile "
                      "and Peru agreed, would help.")
    kinds = framework_kinds(x)
    assert not any(name.startswith(("Prime Minister", "Anna Berg", "Chile")) for name in kinds)
