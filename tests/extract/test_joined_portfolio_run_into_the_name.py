""""Minister for Home Affairs and Immigration Tevita X met ...", "Minister Delegate in charge of the
Armed Forces Afi X met ...", "..., International Cooperation and External Trade Marc X met ...": a
portfolio joined by "and" (or a remit after "in charge of", or a list's last item) written with no
comma before the holder's name ends where the words of known titles end; the two or three name
words after it are the holder's, which the model may miss or take into a body's name. Articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def test_a_joined_portfolio_then_a_name(nlp):
    for portfolio, name in (("Minister for Home Affairs and Immigration", "Tevita Ralulu"),
                            ("Minister for Defence and National Service", "Halima Mwakasege"),
                            ("Minister of Defence and Civil Protection", "Oskar Velimirov")):
        x = extract_text(nlp, f"Malawi's {portfolio} {name} met Zambia's Defence Minister Bwalya Chanda in Lilongwe "
                              "on Monday.\n", PUBLISHED)
        assert name in person_names(x), portfolio
        assert (name, portfolio, "MWI") in holdings(x), portfolio


def test_a_remit_in_charge_of_then_a_name(nlp):
    x = extract_text(nlp, "Burkina Faso's Minister Delegate in charge of the Armed Forces Afi Mensavi met Ghana's Minister "
                          "for Defence Kwame Asante in Accra on Monday.\n", PUBLISHED)
    assert ("Afi Mensavi", "Minister Delegate in charge of the Armed Forces", "BFA") in holdings(x)


def test_a_listed_last_portfolio_then_a_name(nlp):
    x = extract_text(nlp, "Tonga's Minister of Foreign Affairs, International Cooperation and External Trade Sione Latu "
                          "met Japan's Foreign Minister Kenji Arimura in Nuku'alofa on Monday.\n", PUBLISHED)
    assert "Sione Latu" in person_names(x)
    assert any(h[0] == "Sione Latu" and h[1].endswith("International Cooperation and External Trade Minister") for h in holdings(x))


def test_a_second_title_after_and_is_no_portfolio(nlp):
    # must not fire: the words after "and" are another post, the name its holder's as before
    x = extract_text(nlp, "Malawi's Minister of Defence and Foreign Minister Tevita Ralulu met the envoy in Lilongwe "
                          "on Monday.\n", PUBLISHED)
    held = holdings(x)
    assert ("Tevita Ralulu", "Foreign Affairs Minister", "MWI") in held
    assert not any("and Foreign" in h[1] for h in held)
