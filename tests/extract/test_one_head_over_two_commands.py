"""One head word over two commands joined by "and" ("commander of X Command and U.S. Y Command") is
two posts; the second command's country, written before its name, is that post's (and the holder's),
whatever country the story is filed from. On invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, offices_held

PUBLISHED = date(2026, 3, 12)


def test_the_second_command_named_with_its_country_is_a_second_post(nlp):
    x = extract_text(nlp, "KINGSTON, Jamaica — Gen. Peter Valk, commander of North American Aerospace Defense Command and "
                          "U.S. Northern Command, met with Minister of National Security Tomas Greer in Kingston, Feb. 17.\n\n"
                          "Valk was received by Prime Minister Lionel Marsh in Kingston the following day.", PUBLISHED)
    held = holdings(x)
    assert ("Peter Valk", "Commander of the Northern Command", "USA") in held
    assert ("Tomas Greer", "National Security Minister", "JAM") in held
    assert ("Lionel Marsh", "Prime Minister", "JAM") in held
    office = next(o for o in x.offices if o.title == "Commander of the Northern Command")
    assert "Commander of U.S. Northern Command" in office.aliases


def test_one_command_without_a_country_after_and_is_no_second_post(nlp):
    x = extract_text(nlp, "KINGSTON, Jamaica — Gen. Peter Valk, commander of Joint Task Force Bravo and its air wing, met "
                          "Minister of National Security Tomas Greer in Kingston, Feb. 17.", PUBLISHED)
    assert [t for p, t, _ in holdings(x) if p == "Peter Valk"] == ["Commander of Joint Task Force Bravo"]
    assert offices_held(x)["Tomas Greer"].country == "JAM"
