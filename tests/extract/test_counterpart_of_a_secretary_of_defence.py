"""A counterpart's post where the two countries name the defence minister's post differently: the
US and British "Defence Secretary" is the defence minister (his counterpart is a Defence Minister),
India's is a civil servant (his counterpart is a Defence Secretary); a US counterpart of a Defence
Minister holds the Secretary of Defence's post."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, holdings


@pytest.mark.parametrize("lead", [
    "WASHINGTON, March 10 - US Defense Secretary Dale Hemmings spoke by phone with his Indian counterpart Arvind Korlekar on Tuesday.",
    "LONDON, March 10 - British Defence Secretary Dale Hemmings held talks with his Indian counterpart Arvind Korlekar in London on Tuesday.",
])
def test_counterpart_of_a_defence_secretary_who_is_the_minister(nlp, lead):
    x = extract_text(nlp, lead + " The two sides agreed to deepen cooperation between India and their country.")
    assert ("Arvind Korlekar", "Defence Minister", "IND") in holdings(x)
    assert ("Arvind Korlekar", "Defence Secretary", "IND") not in holdings(x)


def test_us_counterpart_of_a_defence_minister_is_the_secretary_of_defence(nlp):
    x = extract_text(nlp, "NEW DELHI, March 10 - Indian Defence Minister Arvind Korlekar held talks with his US "
                          "counterpart Dale Hemmings in New Delhi on Tuesday. India and the United States agreed "
                          "to deepen cooperation.")
    assert ("Dale Hemmings", "Secretary of Defence", "USA") in holdings(x)


def test_counterpart_of_an_indian_defence_secretary_stays_a_defence_secretary(nlp):
    # India's Defence Secretary is no minister: nothing maps his post to a minister's
    x = extract_text(nlp, "COLOMBO, March 10 - Indian Defence Secretary Sunil Varkey held talks with his Sri Lankan "
                          "counterpart Nimal Perera in Colombo on Tuesday. India and Sri Lanka agreed to deepen "
                          "cooperation.")
    assert ("Nimal Perera", "Defence Minister", "LKA") not in holdings(x)


def test_counterparts_listed_after_a_bare_defence_secretary(nlp):
    # "his Italian and Japanese counterparts, A and B": the British post's counterparts are Defence
    # Ministers, not "Defence Secretaries" of their countries
    x = extract_text(nlp, "LONDON - Defence Secretary Alan Brinsworth today hosted Norway's Minister of Defence, "
                          "Olav Rinde, in London.\n\nTomorrow, the Defence Secretary will travel to Washington, "
                          "where he is expected to meet his Italian and Japanese counterparts, Marco Bellandi and "
                          "Taro Fujimaki, for talks.")
    assert ("Marco Bellandi", "Defence Minister", "ITA") in holdings(x)
    assert ("Taro Fujimaki", "Defence Minister", "JPN") in holdings(x)
    assert ("Marco Bellandi", "Defence Secretary", "ITA") not in holdings(x)


def test_counterparts_listed_after_an_indian_defence_secretary(nlp):
    x = extract_text(nlp, "NEW DELHI - Defence Secretary Sunil Varkey today hosted Sri Lanka's Defence Secretary, "
                          "Nimal Perera, in New Delhi.\n\nTomorrow, Varkey will travel to Tokyo, where he is "
                          "expected to meet his Italian and Japanese counterparts, Marco Bellandi and Taro "
                          "Fujimaki, for talks.")
    assert ("Marco Bellandi", "Defence Minister", "ITA") not in holdings(x)
