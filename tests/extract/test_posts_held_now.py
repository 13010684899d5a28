"""A post said to be held now ("X, the current Foreign Minister", "X, Head of State and current
chairman of the Y Community") is the holder's like any apposed title; "current" joins two titles of
a run only before a named body's post, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 9, 16)


def test_the_current_title_in_apposition(nlp):
    text = "Prime Minister Tomas Lind met Nana Adjei, the current Foreign Minister, in Accra on Monday."
    assert ("Nana Adjei", "Foreign Affairs Minister", "GHA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_second_post_held_now_in_a_bloc(nlp):
    text = ("Vice President Kwame Boadu met President Salif Kone, head of state and current chairman of ECOWAS, "
            "in Bamako on Tuesday.")
    held = {(name, title) for name, title, _ in holdings(extract_text(nlp, text, PUBLISHED))}
    assert ("Salif Kone", "Chairman") in held and ("Salif Kone", "Head of State") in held


def test_current_before_a_post_of_no_named_body_joins_no_run(nlp):
    # "the grouping" names no body: the second post is not read as the country's presidency
    text = ("The ministers were received by General Salif Kone, Mali's head of state and current president of "
            "the grouping, in Bamako on Tuesday.")
    held = {(name, title) for name, title, _ in holdings(extract_text(nlp, text, PUBLISHED))}
    assert ("Salif Kone", "President") not in held
