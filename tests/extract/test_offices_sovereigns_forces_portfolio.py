"""A monarchy's portfolio named as the sovereign's ("Minister for His Majesty's Armed Forces",
"Minister of Her Majesty's Armed Forces") is the portfolio's ministry, as "Minister for the Armed
Forces" is; the post keeps its written form as an alias. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text

PUBLISHED = date(2025, 3, 12)
TAIL = " Brunei and Chile agreed to train together, and Brunei will host the next round."


@pytest.mark.parametrize(
    "sentence, written",
    [
        ("BANDAR SERI BEGAWAN: Ms Torres met the Minister of Her Majesty's Armed Forces, Tom Reed, on Monday.",
         "Minister of Her Majesty's Armed Forces"),
        ("BANDAR SERI BEGAWAN: Ms Torres met the Minister for His Majesty’s Armed Forces, Tom Reed, on Monday.",
         "Minister for His Majesty’s Armed Forces"),
        ("BANDAR SERI BEGAWAN: Minister for His Majesty's Armed Forces Tom Reed met Ms Torres on Monday.",
         "Minister for His Majesty's Armed Forces"),
    ],
)
def test_the_sovereigns_forces_are_a_portfolio(nlp, sentence, written):
    x = extract_text(nlp, sentence + TAIL, PUBLISHED)
    offices = {o.key: o for o in x.offices}
    names = {p.key: p.name for p in x.persons}
    held = [offices[h.office] for h in x.holdings if names[h.person] == "Tom Reed"]
    assert [(o.title, o.country) for o in held] == [("Armed Forces Minister", "BRN")]
    assert written in held[0].aliases


def test_the_sovereign_alone_is_no_portfolio(nlp):
    x = extract_text(nlp, "BANDAR SERI BEGAWAN: Ms Torres had an audience with His Majesty Sultan Omar on Monday." + TAIL, PUBLISHED)
    assert not any(o.title == "Armed Forces Minister" for o in x.offices)


def test_only_the_forces_are_named_as_the_sovereigns():
    from diplokg import refdata

    phrases = refdata.titles().phrases
    assert phrases["minister for his majesty's armed forces"] == "Armed Forces Minister"
    assert "minister for his majesty's tourism" not in phrases
