""""Minister of Internal Affairs X" keeps the portfolio the article writes ("Internal Affairs
Minister"), as "Home Affairs Minister Y" keeps its own. Articles written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_internal_affairs_is_not_renamed_home_affairs(nlp):
    x = extract_text(nlp, "Minister Halvorsen called on the Minister of Internal Affairs of Tonga, the Hon Sione Vea, "
                          "in Nuku'alofa on Monday.\n")
    assert ("Sione Vea", "Internal Affairs Minister", "TON") in holdings(x), holdings(x)


def test_home_affairs_stays_home_affairs(nlp):
    # must not change
    x = extract_text(nlp, "Kenyan Home Affairs Minister Peter Kamau met Ugandan Internal Affairs Minister Grace Akello "
                          "in Kampala on Tuesday.\n")
    assert ("Peter Kamau", "Home Affairs Minister", "KEN") in holdings(x), holdings(x)
    assert ("Grace Akello", "Internal Affairs Minister", "UGA") in holdings(x), holdings(x)
