""""The Defence Attache of Chile in Lima, Colonel Andres X, called on ...": a stationed post written
with its sending country and then its station ("of <country> in <city>") is the name's after the
comma; the station is neither the holder's name nor their home. Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_an_attache_of_a_country_in_a_city(nlp):
    for rank in ("Colonel ", "Brigadier ", ""):
        x = extract_text(nlp, f"The Defence Attache of Chile in Lima, {rank}Andres Pardolo, called on Peru's Defence "
                              "Minister Julio Quispana on Monday.\n", PUBLISHED)
        assert ("Andres Pardolo", "Defence Attache", "CHL") in holdings(x), rank


def test_an_attache_with_no_station_is_as_before(nlp):
    # as before: "in Lima" after the verb is where they met, not the post's station
    x = extract_text(nlp, "The Defence Attache of Chile, Colonel Andres Pardolo, called on Peru's Defence Minister "
                          "Julio Quispana in Lima on Monday.\n", PUBLISHED)
    assert ("Andres Pardolo", "Defence Attache", "CHL") in holdings(x)
