"""A port or town described by the sea or region it lies on ("in the Black Sea port of X", "in the
Red Sea city of X", "the Baltic Sea town of X"): the meeting is in that town. Not the sea alone
("talks on security in the Black Sea")."""

from __future__ import annotations

from extract_helpers import extract_text


def _places(x):
    names = {p.key: p.name for p in x.places}
    return [names.get(m.place) for m in x.meetings]


def test_hosted_in_a_sea_port_of(nlp):
    x = extract_text(nlp, "Georgian Defence Minister Levan Kapanadze hosted Azerbaijani Defence Minister Elchin Mammadli in the Black Sea port of Batumi on March 3.")
    assert _places(x) == ["Batumi"]


def test_met_in_a_sea_city_of(nlp):
    x = extract_text(nlp, "Saudi Defence Minister Faisal Al-Harbi met Sudanese army chief Gen. Osman Idris in the Red Sea city of Jeddah on Sunday.")
    assert _places(x) == ["Jeddah"]


def test_talks_in_a_sea_town_of(nlp):
    x = extract_text(nlp, "Talks between Polish Defence Minister Tomasz Brzeski and Lithuanian Defence Minister Rasa Jankauskiene were held in the Baltic Sea port city of Gdansk on Monday.")
    assert _places(x) == ["Gdańsk"]


def test_the_sea_alone_is_no_place(nlp):
    x = extract_text(nlp, "Georgian Defence Minister Levan Kapanadze met Azerbaijani Defence Minister Elchin Mammadli on Monday to discuss security in the Black Sea.")
    assert _places(x) == [None]
