"""A post told in a main clause of its own, often a sentence after the person is named ("Admiral X
met ... . X is the Chief of Defence of Norway."), is the person's post now, as "X, who is Y" is;
not a post once held ("X is a former Y", "X was Y"). On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = "WELLINGTON, March 10 - Defence Minister Aroha Tane met Admiral Lars Oyen in Wellington on Monday. "


@pytest.mark.parametrize(
    "second, title, country",
    [
        ("Oyen is the Chief of Defence of Norway.", "Chief of Defence", "NOR"),
        ("Lars Oyen is Norway's Chief of Defence.", "Chief of Defence", "NOR"),
        ("Oyen is Norway's Deputy Prime Minister and Minister of Defence.", "Defence Minister", "NOR"),
    ],
)
def test_a_copular_sentence_gives_the_named_subject_a_post(nlp, second, title, country):
    held = holdings(extract_text(nlp, LEAD + second, PUBLISHED))
    assert ("Lars Oyen", title, country) in held


@pytest.mark.parametrize(
    "second",
    [
        "Oyen is a former Chief of Defence of Norway.",
        "Oyen was the Chief of Defence of Norway until 2019.",
        "Oyen is not the Chief of Defence of Norway.",
    ],
)
def test_a_post_once_held_or_denied_is_not_held(nlp, second):
    held = holdings(extract_text(nlp, LEAD + second, PUBLISHED))
    assert not any(name == "Lars Oyen" and t == "Chief of Defence" for name, t, _ in held)
