"""A service of a people's liberation army named with its country ("commander of the Chinese
People's Liberation Army Navy"): the post is the service's, of that country. On sentences written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 9, 2)


def test_a_deputy_commander_of_a_liberation_army_navy(nlp):
    text = ("Admiral Tevita Moala met Rear Adm. Zhou Ping, deputy commander of the Chinese People's Liberation Army Navy, "
            "in Nuku'alofa on Tuesday.")
    assert ("Zhou Ping", "Deputy Navy Commander", "CHN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_commander_of_a_liberation_army_air_force(nlp):
    text = "Admiral Tevita Moala met General Zhou Ping, Commander of the Chinese People's Liberation Army Air Force, on Tuesday."
    assert ("Zhou Ping", "Air Force Commander", "CHN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_the_liberation_army_itself_is_no_service_post(nlp):
    text = "Admiral Tevita Moala met General Zhou Ping, commander of the Chinese People's Liberation Army, on Tuesday."
    assert not any(title.endswith("Navy Commander") or "Air Force" in title for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))
