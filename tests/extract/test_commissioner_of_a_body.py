"""A "Commissioner for <portfolio>" named with no country, in an article about a union's body, is
the body's post (as "Commissioner for Political Affairs, Peace and Security" of a commission),
also when written alone in brackets after the name with a list of portfolios."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held

SESSION = ("ADDIS ABABA, Jan. 27 (Xinhua) -- The African Union (AU) Peace and Security Council on Wednesday held a "
           "session on maritime security. Earlier, Ghana's Minister for Foreign Affairs, Arvo Kask, called on the "
           "Chairperson of the AU Commission, Peeter Sild, at the AU headquarters. ")


def test_bracketed_commissioner_with_listed_portfolios(nlp):
    x = extract_text(nlp, SESSION + "Tarmo Lepik (Commissioner for Political Affairs, Peace and Security) told the "
                                    "ministers that piracy had risen.")
    posts = posts_held(x).get("Tarmo Lepik", [])
    assert any(t == "Commissioner for Political Affairs, Peace and Security" and not c and body for t, c, body in posts)


def test_bracketed_commissioner_of_one_portfolio_is_the_bodys(nlp):
    x = extract_text(nlp, SESSION + "Tarmo Lepik (Commissioner for Political Affairs) told the ministers that piracy had risen.")
    posts = posts_held(x).get("Tarmo Lepik", [])
    assert any(t == "Commissioner for Political Affairs" and not c and body for t, c, body in posts)


def test_commissioner_in_a_story_naming_no_body_is_no_bodys(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Arvo Kask met Tarmo Lepik (Commissioner for Political Affairs) "
                          "in Tallinn on Monday to discuss maritime security.")
    assert not any(body for _, _, body in posts_held(x).get("Tarmo Lepik", []))
