"""A counterpart's post mirrors the one he is called a counterpart of, never another host he met;
a joined portfolio written before "Minister" (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings

_extract = partial(extract_text, published=date(2025, 9, 9))

_RECEIVED = ("\n\nEarlier on Tuesday, Mehta was received by Lieutenant General Omar Nabil, Chief of Staff of the "
             "Jordanian Armed Forces, who accompanied him to the memorial.")


def test_counterpart_takes_no_post_of_another_host(nlp):
    x = _extract(nlp, "Culture Curator General Hassan Farouk held talks with his Indian counterpart, Arjun Mehta, "
                      "in Amman on Tuesday, the spokesman said." + _RECEIVED)
    assert not any(person == "Arjun Mehta" for person, _, _ in holdings(x))
    assert ("Omar Nabil", "Armed Forces Chief of Staff", "JOR") in holdings(x)


def test_counterpart_still_mirrors_the_post_of_the_one_met_as_counterparts(nlp):
    x = _extract(nlp, "Jordanian Defence Minister Hassan Farouk held talks with his Indian counterpart, Arjun Mehta, "
                      "in Amman on Tuesday, the spokesman said." + _RECEIVED)
    assert ("Arjun Mehta", "Defence Minister", "IND") in holdings(x)
    assert not any(person == "Arjun Mehta" and title != "Defence Minister" for person, title, _ in holdings(x))


def test_defence_joined_with_a_second_portfolio_before_minister(nlp):
    x = _extract(nlp, "Defence and Military Production Minister General Hassan Farouk held talks with his Indian "
                      "counterpart, Arjun Mehta, in Cairo on Tuesday, the spokesman said.")
    assert ("Hassan Farouk", "Defence and Military Production Minister", "EGY") in holdings(x)
    assert ("Arjun Mehta", "Defence Minister", "IND") in holdings(x)
