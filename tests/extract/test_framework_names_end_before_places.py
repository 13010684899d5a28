"""A place phrase ends a name: "in <Capitalised Words> province" says where a framework's event is
held ("the ... Friendship Exchange in Bueng Kan province"); "in" before words with no place noun
may still be inside a name (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_in_a_province_ends_the_name(nlp):
    x = extract_text(nlp, "The defence ministers co-chaired the third Thailand-Laos Border Defence Friendship Exchange in Bueng Kan "
                          "province on Friday.")
    names = framework_kinds(x)
    assert "Thailand-Laos Border Defence Friendship Exchange" in names
    assert not any("Bueng Kan" in n for n in names)


def test_in_without_a_place_noun_stays_inside(nlp):
    x = extract_text(nlp, "The two navies signed the Memorandum of Understanding on Cooperation in Hydrographic Surveys last week.")
    assert "Memorandum of Understanding on Cooperation in Hydrographic Surveys" in framework_kinds(x)
