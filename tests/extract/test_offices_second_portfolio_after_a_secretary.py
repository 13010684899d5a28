"""A secretary's title of a known portfolio goes on over a second portfolio joined by "and"
("Cabinet Secretary for Trade and Industrialisation X"), as a minister's does ("Minister of Defence
and Military Production X"), also after another title joined before it ("Deputy Prime Minister and
Cabinet Secretary for ..."); the post is also named portfolio first ("Trade and Industrialisation
Cabinet Secretary"). A second title after "and" is another post, not more of the portfolio. On
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = ("NAIROBI, March 11 -- {who} said on Tuesday that Kenya would reopen two border crossings with "
        "Tanzania next month. Kenya and Tanzania signed a trade pact in 2023.")


def test_second_portfolio_of_a_cabinet_secretary(nlp):
    x = extract_text(nlp, LEAD.format(who="Cabinet Secretary for Trade and Industrialisation Peter Mwangi"), PUBLISHED)
    assert ("Peter Mwangi", "Cabinet Secretary for Trade and Industrialisation", "KEN") in holdings(x)
    office = next(o for o in x.offices if o.title == "Cabinet Secretary for Trade and Industrialisation")
    assert "Trade and Industrialisation Cabinet Secretary" in office.aliases


def test_after_another_title_joined_before(nlp):
    x = extract_text(nlp, LEAD.format(who="Deputy Prime Minister and Cabinet Secretary for Trade and Industrialisation Peter Mwangi"), PUBLISHED)
    held = holdings(x)
    assert ("Peter Mwangi", "Deputy Prime Minister", "KEN") in held
    assert ("Peter Mwangi", "Cabinet Secretary for Trade and Industrialisation", "KEN") in held


def test_a_second_title_is_another_post(nlp):
    x = extract_text(nlp, LEAD.format(who="Cabinet Secretary for Health and Interior Minister Peter Mwangi"), PUBLISHED)
    titles = {title for name, title, _ in holdings(x) if name == "Peter Mwangi"}
    assert not any("Health and Interior" in title for title in titles)
