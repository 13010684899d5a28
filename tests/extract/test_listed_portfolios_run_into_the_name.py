""""met Minister of Foreign Affairs, Regional Integration and Senegalese Abroad Awa Diop in Dakar":
a minister's listed portfolios written with no comma before the name end at the last item's
plural noun (or word of the people abroad); the name is the holder's, the list the title's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

LEAD = "Indian Defence Minister Rajiv Menon met Minister of Foreign Affairs, Regional Integration and "


def test_the_last_portfolio_is_no_part_of_the_name(nlp):
    for last, title in (("Senegalese Abroad", "Foreign Affairs, Regional Integration and Senegalese Abroad Minister"),
                        ("Senegalese Expatriates", "Foreign Affairs, Regional Integration and Senegalese Expatriates Minister")):
        x = extract_text(nlp, LEAD + last + " Awa Diop in Dakar on Monday. Menon and Diop discussed trade.", date(2026, 11, 13))
        assert "Awa Diop" in person_names(x), last
        assert ("Awa Diop", title, "SEN") in holdings(x), last


def test_a_list_with_a_comma_before_the_name_is_as_before(nlp):
    x = extract_text(nlp, LEAD + "Senegalese Abroad, Awa Diop, in Dakar on Monday.", date(2026, 11, 13))
    assert "Awa Diop" in person_names(x)
