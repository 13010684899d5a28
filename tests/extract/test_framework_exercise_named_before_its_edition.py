"""A name set off before "the <ordinal> edition / iteration of (their) <kind words> exercise / drills /
training" is that exercise's name, as one set off before "a <topic> exercise" is ("Name, a mountain
warfare exercise") (invented names)."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Varnia and Oskaria began Kestrel-3, the third edition of their joint air force drills, on Monday.", "Kestrel-3"),
        ("Troops from Varnia and Oskaria took part in Granite Falcon-VII, the seventh iteration of the bilateral training, "
         "which opened on Tuesday.", "Granite Falcon-VII"),
        ("The navies of Varnia and Oskaria concluded Silver Tern, the second edition of the naval exercise, on Friday.",
         "Silver Tern"),
        ("The general presented plans for Amber Crag 2027, a mountain warfare exercise to be held in June.",
         "Amber Crag 2027"),
    ],
)
def test_name_before_an_edition_or_a_topic_of_an_exercise(nlp, text, name):
    assert framework_kinds(extract_text(nlp, text)).get(name) == "Exercise"


@pytest.mark.parametrize(
    "text",
    [
        "The ministers met in Lurvik, the third edition of their annual talks having opened there.",
        "The talks were held on 4 May, the third edition of the joint training so far.",
        "The ministers praised Varnia, a mountain country that hosts a warfare exercise each year.",
    ],
)
def test_a_place_a_date_or_other_kind_before_the_edition_is_no_name(nlp, text):
    assert "Exercise" not in framework_kinds(extract_text(nlp, text)).values()
