"""Meetings of three or more: a group subject ("the defence ministers of A, B and C held a video
call") named in the next sentence as a list whose first name the parse cut off the subject, and
"the (three) ministers" after such a meeting pointing back at its participants; "C joined them, where the
talks took place" (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

_extract = partial(extract_text, published=date(2025, 9, 11))


def _meetings(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.date.iso if mt.date else None, mt.status,
                   place_name(x, mt)) for mt in x.meetings)


THREE = ("Ana Ribeiro", "Kenji Watanabe", "Mateus Costa")
NAMED_NEXT = ("The defence chiefs of Brazil, Portugal and Japan held a trilateral video conference on Thursday and agreed "
              "to expand naval training, the Brazilian ministry said. "
              "Defence Minister Mateus Costa, Portuguese Minister of National Defence Ana Ribeiro and Japanese Defence "
              "Minister Kenji Watanabe took part in the one-hour virtual meeting, the first among the three this year. ")


def test_a_group_subject_named_by_the_next_sentences_listed_subject(nlp):
    x = _extract(nlp, NAMED_NEXT)
    assert _meetings(x) == [(THREE, "2025-09-11", "held", None)]


def test_the_ministers_after_a_meeting_of_three_are_its_three(nlp):
    for follow_up in ("The three ministers condemned the missile launches. They also reviewed the joint exercise plan. "
                      "The ministers agreed to hold their next talks on the sidelines of the Lisbon Security Forum in Lisbon "
                      "in late October.",
                      "The ministers will hold their next talks in Lisbon in October.",
                      "The three ministers agreed to meet again in Lisbon in October."):
        x = _extract(nlp, NAMED_NEXT + follow_up)
        planned = [mt for mt in _meetings(x) if mt[2] == "planned"]
        assert [(mt[0], mt[3]) for mt in planned] == [(THREE, "Lisbon")], follow_up


def test_a_list_subject_cut_off_by_the_parse_meets_as_one(nlp):
    x = _extract(nlp, "Defence Minister Mateus Costa, Portuguese Minister of National Defence Ana Ribeiro and Japanese "
                      "Defence Minister Kenji Watanabe held a trilateral meeting in Tokyo on Tuesday.")
    assert [mt[0] for mt in _meetings(x)] == [THREE]


def test_the_ministers_after_a_pair_is_no_meeting_of_three(nlp):
    # a two-party meeting before: "the ministers" is not read as a group of three
    x = _extract(nlp, "Defence Minister Mateus Costa held talks with Portuguese Minister of National Defence Ana Ribeiro "
                      "in Brasília on Tuesday. The ministers agreed to expand naval training.")
    assert _meetings(x) == [(("Ana Ribeiro", "Mateus Costa"), "2025-09-09", "held", "Brasília")]


def test_a_groupings_chiefs_meeting_regularly_are_not_the_three_just_told(nlp):
    # "whose defence chiefs have met regularly": the chiefs of a grouping, no new meeting of the three
    x = _extract(nlp, NAMED_NEXT + "Brazil, Portugal and Japan make up an informal grouping, whose defence chiefs have met "
                                   "regularly since 2021.")
    assert _meetings(x) == [(THREE, "2025-09-11", "held", None)]


def test_the_ministers_of_named_countries_are_not_the_group_just_told(nlp):
    # "The defence ministers of A, B and C held ...": a new group naming its own countries, not the
    # participants of the meeting of three before it
    x = _extract(nlp, "Defence Minister Mateus Costa, Portuguese Minister of National Defence Ana Ribeiro and Japanese "
                      "Defence Minister Kenji Watanabe held a video call on Monday. The defence ministers of Chile, Peru "
                      "and Ecuador held a trilateral meeting in Lima on Tuesday. Carla Mendez, Jorge Salas and Luis Vera "
                      "expressed support for the plan.")
    assert not [mt for mt in _meetings(x) if mt[0] == THREE and mt[3] == "Lima"]
    assert (THREE, "2025-09-08", "held", None) in _meetings(x)


def test_the_ministers_after_a_different_count_are_not_the_three(nlp):
    # "the four ministers" counts another group than the meeting of three: "the ministers" after it
    # is not tied back to the three
    x = _extract(nlp, NAMED_NEXT + "The four ministers condemned the missile launches. They also reviewed the joint "
                                   "exercise plan. The ministers agreed to hold their next talks in Lisbon in late October.")
    assert not [mt for mt in _meetings(x) if mt[2] == "planned" and mt[0] == THREE]


def test_the_three_chiefs_of_staff_are_the_three_just_told(nlp):
    # "of staff" names no country: "the three chiefs of staff" still points back at the meeting of three
    x = _extract(nlp, "Defence Minister Mateus Costa, Portuguese Minister of National Defence Ana Ribeiro and Japanese "
                      "Defence Minister Kenji Watanabe held a trilateral meeting in Tokyo on Monday. The three chiefs of "
                      "staff agreed to meet again in Lisbon in October.")
    planned = [mt for mt in _meetings(x) if mt[2] == "planned"]
    assert [(mt[0], mt[3]) for mt in planned] == [(THREE, "Lisbon")]


def test_joining_them_where_the_talks_took_place_makes_one_meeting_of_three(nlp):
    x = extract_text(nlp, (
        "OSLO, March 12, 2025 - Norwegian Defence Minister Tore Sandvik sat down with his Swedish counterpart "
        "Pal Jonson in Oslo on Wednesday to review the integration of the two countries' air forces.\n\n"
        "In the afternoon, Finnish Defence Minister Antti Hakkanen joined them at the Norwegian defence ministry, "
        "where the talks took place in a trilateral format for the first time.\n"
    ), date(2025, 3, 12))
    meetings = meetings_by_participants(x)
    assert set(meetings) == {("Pal Jonson", "Tore Sandvik"), ("Antti Hakkanen", "Pal Jonson", "Tore Sandvik")}
    three = meetings[("Antti Hakkanen", "Pal Jonson", "Tore Sandvik")]
    assert three.date.iso == "2025-03-12" and place_name(x, three) == "Oslo"


def test_joining_them_where_a_ceremony_took_place_is_no_meeting(nlp):
    x = extract_text(nlp, (
        "OSLO, March 12, 2025 - Norwegian Defence Minister Tore Sandvik sat down with his Swedish counterpart "
        "Pal Jonson in Oslo on Wednesday.\n\n"
        "In the afternoon, Finnish Defence Minister Antti Hakkanen joined them at the harbour, where a parade "
        "took place.\n"
    ), date(2025, 3, 12))
    assert meeting_pairs(x) == {("Pal Jonson", "Tore Sandvik")}
