""""A attended a meeting of X in Y on Tuesday. On the sidelines, A held talks with B": a bare "on the
sidelines" refers back to the occasion just told, whose day and city the talks take; "on the
sidelines of the summit next week" names another (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def _talks(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Dario Pelosi", "Ruta Kalnina")]
    return mt.date.iso if mt.date else None, place_name(x, mt)


def test_bare_on_the_sidelines_takes_the_occasions_day_and_city(nlp):
    text = ("ROME, March 11, 2026: Italian Defence Minister Dario Pelosi attended a meeting of Nordic-Baltic defence "
            "ministers in Tallinn on Tuesday. On the sidelines, Pelosi held talks with Latvian Defence Minister Ruta Kalnina.")
    assert _talks(nlp, text) == ("2026-03-10", "Tallinn")


def test_sidelines_of_a_named_summit_is_not_bare(nlp):
    # must not fire: "of the summit next month" names another occasion than the one told
    text = ("ROME, March 11, 2026: Italian Defence Minister Dario Pelosi attended a meeting of Nordic-Baltic defence "
            "ministers in Tallinn on Tuesday. On the sidelines of the NATO summit in Vilnius next month, Pelosi will "
            "hold talks with Latvian Defence Minister Ruta Kalnina.")
    assert _talks(nlp, text) != ("2026-03-10", "Tallinn")
