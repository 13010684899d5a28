"""Whom a visitor holds talks with abroad is the host's official: "sat down with" is talks, and a
country word on the aid talked about ("talks on Japanese support") places no one; on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_whom_a_visitor_sat_down_with_in_the_hosts_capital_is_the_hosts(nlp):
    text = (
        "Windhoek, May 4 (IANS) India and Namibia on Sunday agreed to expand naval training after Defence "
        "Minister Arvind Mehra sat down with Prime Minister Petrus Ndjoba in Windhoek.\n\n"
        "\"My talks with Prime Minister Petrus Ndjoba were warm,\" Mehra said. India will train Namibian "
        "sailors, India said."
    )
    held = _holds(nlp, text)
    assert ("Petrus Ndjoba", "Prime Minister", "NAM") in held
    assert ("Petrus Ndjoba", "Prime Minister", "IND") not in held


def test_one_who_sat_down_at_home_is_no_host(nlp):
    # the visitor who sat down with the host keeps his own country
    text = (
        "Windhoek, May 4 (IANS) India and Namibia on Sunday agreed to expand naval training after Defence "
        "Minister Arvind Mehra sat down with Prime Minister Petrus Ndjoba in Windhoek.\n\n"
        "India will train Namibian sailors, India said."
    )
    assert ("Arvind Mehra", "Defence Minister", "NAM") not in _holds(nlp, text)


def test_a_givers_country_word_on_the_talks_topic_places_no_one(nlp):
    text = (
        "Tokyo, May 4 (Kyodo) - Japan's Defence Minister Kenji Sato met Vietnamese officials on Sunday. "
        "Japan will fund two patrol boats, Japan said. Sato is expected in Hanoi in June, where he plans "
        "to hold talks with President Tran Van Minh on Japanese support for the coast guard."
    )
    held = _holds(nlp, text)
    assert ("Tran Van Minh", "President", "VNM") in held
    assert ("Tran Van Minh", "President", "JPN") not in held


def test_a_country_receiving_support_is_still_where_no_one_is(nlp):
    # "support for Ukraine": the receiving country does not place the holder either
    text = (
        "Tokyo, May 4 (Kyodo) - Japan's Defence Minister Kenji Sato met Vietnamese officials on Sunday. "
        "Japan will fund two patrol boats, Japan said. Sato later held talks with Chief of Staff Ito Hiro "
        "on support for Ukraine."
    )
    assert ("Ito Hiro", "Chief of Staff", "UKR") not in _holds(nlp, text)
