"""A bare "Minister X" reported by a country's ministry named just before ("The Ruritanian Ministry
of Defence said Minister X met ...") holds that ministry's post, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_minister_reported_by_a_ministry_with_its_country_adjective(nlp):
    text = "The Japanese Ministry of Defense said Minister Kenji Oyamada met Australian Defence Minister Colin Ashworth on Monday."
    assert ("Kenji Oyamada", "Defence Minister", "JPN") in _holds(nlp, text)


def test_minister_reported_by_a_ministry_with_its_country_after(nlp):
    text = ("The Ministry of Defence of Poland announced that Minister Marek Zielonka met Estonian Defence "
            "Minister Tarmo Kaskla on Monday.")
    assert ("Marek Zielonka", "Defence Minister", "POL") in _holds(nlp, text)


def test_a_minister_named_as_an_object_is_not_the_ministrys(nlp):
    # the ministry reports another's meeting with a bare "Minister X": whose post is not said
    text = ("The Polish Ministry of Defence said Estonian Defence Minister Tarmo Kaskla met Minister "
            "Marek Zielonka on Monday.")
    assert not any(name == "Marek Zielonka" for name, _, _ in _holds(nlp, text))


def test_a_ministry_named_after_the_minister_gives_nothing(nlp):
    text = "Minister Marek Zielonka met Estonian Defence Minister Tarmo Kaskla on Monday, the ministry said."
    assert not any(name == "Marek Zielonka" for name, _, _ in _holds(nlp, text))
