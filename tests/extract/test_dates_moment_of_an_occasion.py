""""A met B on the eve of the summit", "at the close of the summit", "a day before the forum
opened": a meeting told at a moment of an occasion whose days were told before takes the day that
moment names (the eve: the day before its first day; the close: its last day; "a day after": the
day after its last) and the occasion's place; no moment, no shift (invented names)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2031, 5, 14)
HELD = "ORVANE -- The Pelagic Rim Summit was held in Orvane on 10 and 11 May. "
TO_COME = "ORVANE -- The Pelagic Rim Summit will be held in Orvane on 20 and 21 May. "
PAIR = ("Corvel Ostrand", "Miro Tavask")


def _meeting(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return x, meetings_by_participants(x)[PAIR]


@pytest.mark.parametrize("moment, day", [
    ("on the eve of the summit", "2031-05-09"),
    ("at the close of the summit", "2031-05-11"),
    ("at the end of the summit", "2031-05-11"),
    ("at the opening of the summit", "2031-05-10"),
    ("on the final day of the summit", "2031-05-11"),
    ("on the day before the summit", "2031-05-09"),
    ("a day after the summit", "2031-05-12"),
])
def test_a_moment_of_the_occasion_names_its_day(nlp, moment, day):
    x, mt = _meeting(nlp, HELD + f"Defence Minister Corvel Ostrand of Delmark met his Sarvian counterpart Miro Tavask {moment}.\n")
    assert mt.date is not None and mt.date.iso == day
    assert place_name(x, mt) == "Orvane"


def test_the_eve_fronted_and_to_come(nlp):
    _, mt = _meeting(nlp, TO_COME + "On the eve of the summit, Defence Minister Corvel Ostrand of Delmark will hold talks "
                     "with his Sarvian counterpart Miro Tavask.\n")
    assert mt.status == "planned"
    assert mt.date is not None and mt.date.iso == "2031-05-19"


def test_a_day_before_the_occasion_opened(nlp):
    _, mt = _meeting(nlp, "ORVANE -- The Pelagic Rim Dialogue opened in Orvane on 10 May and closed on 11 May. Defence Minister "
                     "Corvel Ostrand of Delmark met his Sarvian counterpart Miro Tavask a day before the dialogue opened.\n")
    assert mt.date is not None and mt.date.iso == "2031-05-09"


@pytest.mark.parametrize("moment", ["ahead of the summit", "after the summit", "on the eve of his departure"])
def test_no_day_when_the_moment_names_none(nlp, moment):
    # must not fire: "ahead of", "after" name no day; the eve of something that is no occasion told
    _, mt = _meeting(nlp, HELD + f"Defence Minister Corvel Ostrand of Delmark met his Sarvian counterpart Miro Tavask {moment}.\n")
    assert mt.date is None


def test_the_sidelines_keep_the_occasions_first_day(nlp):
    # must not move: no moment named, the occasion's own day
    _, mt = _meeting(nlp, HELD + "Defence Minister Corvel Ostrand of Delmark met his Sarvian counterpart Miro Tavask on the "
                     "sidelines of the summit.\n")
    assert mt.date is not None and mt.date.iso == "2031-05-10"
