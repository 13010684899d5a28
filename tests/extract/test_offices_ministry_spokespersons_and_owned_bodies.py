"""A ministry's spokesperson ("Foreign Ministry spokeswoman X") and the head of a body named after
its country's possessive ("X, the head of Chile's Joint Pacific Command") are offices, on invented
sentences."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text))


def test_foreign_ministry_spokeswoman(nlp):
    got = _held(nlp, "Chilean Foreign Ministry spokeswoman Ana Rojas said on Monday that the talks had gone well.")
    assert ("Ana Rojas", "Foreign Ministry spokeswoman", "CHL") in got


def test_defence_ministry_spokesman(nlp):
    got = _held(nlp, "Peruvian Defence Ministry spokesman Pablo Soto said the frigate would sail on Monday.")
    assert ("Pablo Soto", "Defence Ministry spokesman", "PER") in got


def test_defense_ministry_spokesman_is_the_defence_ministry_post(nlp):
    # one post whichever way the portfolio is spelled
    got = _held(nlp, "Peruvian Defense Ministry spokesman Pablo Soto said the frigate would sail on Monday.")
    assert ("Pablo Soto", "Defence Ministry spokesman", "PER") in got


def test_unnamed_spokesman_holds_nothing(nlp):
    got = _held(nlp, "A Chilean Defence Ministry spokesman said that Ana Rojas would visit Lima.")
    assert not any(title.endswith("spokesman") for _, title, _ in got)


def test_head_of_a_command_named_after_the_country_possessive(nlp):
    got = _held(nlp, "Rear Admiral Ana Rojas, the head of Chile's Joint Pacific Command, is in charge of the campaign.")
    assert ("Ana Rojas", "Head of the Joint Pacific Command", "CHL") in got


def test_head_of_a_country_delegation_is_no_post(nlp):
    got = _held(nlp, "Rear Admiral Ana Rojas, the head of Chile's delegation, is in charge of the campaign.")
    assert not any(person == "Ana Rojas" for person, _, _ in got)
