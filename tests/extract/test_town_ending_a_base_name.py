"""A base named by its kind and then its town ("at Canadian Forces Base Halifax", "at Naval Base San
Diego", "Royal Australian Air Force Base Darwin"): the meeting is in that town. Not a base with no town
in its name ("at Joint Base Harmony")."""

from __future__ import annotations

from extract_helpers import extract_text


def _places(x):
    names = {p.key: p.name for p in x.places}
    return [names.get(m.place) for m in x.meetings]


def test_met_at_a_forces_base_of_a_town(nlp):
    x = extract_text(nlp, "Canadian Defence Minister Pierre Lavallee met Danish Defence Minister Lars Brondum at Canadian Forces Base Halifax on Thursday.")
    assert _places(x) == ["Halifax"]


def test_hosted_at_a_naval_station_of_a_town(nlp):
    x = extract_text(nlp, "US Navy Secretary Dale Hobbes hosted Ruritanian Navy chief Admiral Ivo Marek at Naval Base San Diego on March 3.")
    assert _places(x) == ["San Diego"]


def test_talks_at_an_air_station_of_a_town(nlp):
    x = extract_text(nlp, "Talks between US Navy Secretary Dale Hobbes and Ruritanian Navy chief Admiral Ivo Marek were held at Royal Australian Air Force Base Darwin last week.")
    assert _places(x) == ["Darwin"]


def test_a_base_with_no_town_gives_no_place(nlp):
    x = extract_text(nlp, "Canadian Defence Minister Pierre Lavallee met Danish Defence Minister Lars Brondum at Joint Base Harmony on Thursday.")
    assert _places(x) == [None]
