"""'Alfredo "Boy" Santillan', "Ramon 'Jun' Dizon": a nickname in quotes between the given name and
the surname (Philippine style) neither ends the name at the given name nor stays in it. Articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names, posts_held

PUBLISHED = date(2026, 3, 12)


def test_nickname_in_double_quotes_after_a_title(nlp):
    x = extract_text(nlp, 'Philippine Defense Secretary Gilmar "Gimo" Tendorio met Japanese Defense Minister Taro Kobayama '
                          "in Tokyo on Monday. Tendorio said the access agreement would enter into force soon.\n", PUBLISHED)
    names = person_names(x)
    assert "Gilmar Tendorio" in names
    assert "Gilmar" not in names
    assert posts_held(x)["Gilmar Tendorio"] == [("Defence Secretary", "PHL", None)]
    assert len(x.meetings) == 1


def test_nickname_in_single_and_curly_quotes(nlp):
    names = person_names(extract_text(nlp, "Armed Forces of the Philippines chief General Ramil 'Jun' Bravanto met "
                                           "President Fernando “Nonoy” Marquez Jr. in Manila on Monday.\n", PUBLISHED))
    assert "Ramil Bravanto" in names
    assert any(n.startswith("Fernando Marquez") for n in names)


def test_quoted_word_with_no_surname_after_it(nlp):
    # must not fire: a quoted word after a name that no surname follows is no nickname inside a name
    names = person_names(extract_text(nlp, 'Philippine Navy chief Vice Admiral Toribio Alcazar, known as "Tiger", met '
                                           "Japanese Defense Minister Taro Kobayama in Manila on Monday.\n", PUBLISHED))
    assert "Toribio Alcazar" in names
