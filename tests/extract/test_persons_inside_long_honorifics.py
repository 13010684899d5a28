"""Words of a long honorific the model takes for a name of their own are no person: the honorific of
several words runs past them ("Samdech Moha Borvor Thipadei X": no person "Moha Borvor"); a name
after only the first word of such an honorific stays (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2025, 4, 2)


def test_the_middle_of_a_long_honorific_is_no_person(nlp):
    x = extract_text(nlp, "The minister was received this morning by Samdech Moha Borvor Thipadei Chea Sophal, Prime "
                          "Minister of the Kingdom of Cambodia, at the Peace Palace in Phnom Penh.", PUBLISHED)
    assert person_names(x) == ["Chea Sophal"]


def test_a_name_that_only_begins_like_a_long_honorific_stays(nlp):
    x = extract_text(nlp, "The minister was received this morning by Samdech Moha Sophal, Prime Minister of the Kingdom "
                          "of Cambodia, at the Peace Palace in Phnom Penh.", PUBLISHED)
    assert person_names(x) == ["Moha Sophal"]
