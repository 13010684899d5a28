"""`kg ask "who co-chaired F"` asks for people: the officials who led F's meeting, before the
co-chair countries (which "which countries co-chair F" asks for). Built from an invented article."""

from __future__ import annotations

ARTICLE = """ date 2026-03-12
OSLO: The 4th Norway-Chile Defence Policy Dialogue was held in Oslo on Tuesday. The dialogue was co-chaired by Norwegian Defence Secretary Kari Valstad and Chilean Under Secretary of Defence Tomas Ibarne, who held talks on maritime security and cold-weather training.

Norway and Chile co-chair the dialogue, which meets every year in one of the two capitals.
"""


def test_who_co_chaired_answers_the_officials_who_led_it(article_answers):
    assert article_answers("who chairs the Norway-Chile Defence Policy Dialogue") == {"Kari Valstad", "Tomas Ibarne"}


def test_which_countries_co_chair_still_answers_the_countries(article_answers):
    assert article_answers("which countries co-chair the Norway-Chile Defence Policy Dialogue") == {"Norway", "Chile"}


def test_an_edition_takes_its_frameworks_meetings_held_on_its_day(article_answers):
    # "The 4th X was held ... on Tuesday" and "X was co-chaired by A and B" are two facts
    assert article_answers("who co-chaired the 4th Norway-Chile Defence Policy Dialogue") == {"Kari Valstad", "Tomas Ibarne"}
