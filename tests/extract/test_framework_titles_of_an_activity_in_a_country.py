"""A document's title ending with an activity done on a country's soil goes on with that country
("Memorandum of Understanding on Army Training in Denmark"); a city after it, or a country after a
title of cooperation, tells where it was signed (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_an_activity_titles_country_is_part_of_the_title(nlp):
    text = ("He thanked Denmark for hosting army training under the Memorandum of Understanding on Army Training "
            "in Denmark, renewed in Copenhagen on 2 May 2024.")
    assert framework_kinds(extract_text(nlp, text)) == {"Memorandum of Understanding on Army Training in Denmark": "Agreement"}


def test_a_city_or_a_cooperation_titles_country_is_not(nlp):
    for text, name in (("They signed the Agreement on Naval Training in Copenhagen on Monday.", "Agreement on Naval Training"),
                       ("They reviewed the Agreement on Defence Cooperation in Denmark.", "Agreement on Defence Cooperation")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Agreement"}, text
