"""A unit named "... Force" that a service owns ("commander of the Maritime Self-Defense Force's Fleet
Escort Force", "Commander of the Ruritanian Navy's Submarine Force") is the post's body, as a fleet
or a command is: "Commander of the <unit>"; a service's own post stays the service's. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2027, 5, 4)


def _titles(nlp, text, name):
    # case as written ("commander of the ..." in apposition): the scorer folds it
    return [t.lower() for t, _, _ in posts_held(extract_text(nlp, text, PUBLISHED)).get(name, [])]


def test_unit_force_of_a_self_defense_force_in_apposition(nlp):
    text = ("Vice Adm. Kenji Sato, commander of the Maritime Self-Defense Force's Fleet Escort Force, who is "
            "accompanying Japan's Defense Minister Taro Yamada, told reporters in Manila that a destroyer would call there.\n")
    assert "commander of the fleet escort force" in _titles(nlp, text, "Kenji Sato"), _titles(nlp, text, "Kenji Sato")


def test_unit_force_of_a_countrys_navy_before_the_name(nlp):
    text = ("Commander of the Chilean Navy's Submarine Force Rear Admiral Pablo Ibarra met Peru's Defence Minister "
            "Ivo Marten in Lima on Monday.\n")
    assert "commander of the submarine force" in _titles(nlp, text, "Pablo Ibarra"), _titles(nlp, text, "Pablo Ibarra")


def test_unit_force_of_an_air_force_after_a_comma(nlp):
    text = ("Peru's Defence Minister Ivo Marten received Air Commodore Pablo Ibarra, Commander of the Chilean "
            "Air Force's Combat Force, in Lima on Monday.\n")
    assert "commander of the combat force" in _titles(nlp, text, "Pablo Ibarra"), _titles(nlp, text, "Pablo Ibarra")


def test_service_post_with_no_unit_after_it(nlp):
    text = ("Vice Adm. Kenji Sato, commander of the Maritime Self-Defense Force, met Philippine Navy chief Vice "
            "Admiral Jose Cruz in Manila on Monday, the Japanese embassy said.\n")
    titles = _titles(nlp, text, "Kenji Sato")
    assert titles and not any("Fleet Escort" in t for t in titles), titles
