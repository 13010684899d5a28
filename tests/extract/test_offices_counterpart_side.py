"""'X ... his counterpart, <title> Y' with no country said: Y holds the post of the other side."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 4)


def _rule_of(x, name: str) -> str:
    """The rule that gave the office held by ``name`` its country."""
    person = next(p.key for p in x.persons if p.name == name)
    office = next(h.office for h in x.holdings if h.person == person)
    return next(o for o in x.offices if o.key == office).evidence[0].rule


def test_a_counterpart_named_after_a_title_is_of_the_other_side(nlp):
    text = (
        "ACCRA: Ghana and Norway on Tuesday agreed to expand defence cooperation as Ghana's Defence Minister Kofi "
        "Mensah held talks with Norway's Defence Minister Lars Berg in Accra. Mensah also met his counterpart's "
        "deputy the same day. Later, Berg met his counterpart, Chief of the Defence Staff Admiral Ama Owusu, at the "
        "joint staff headquarters. Ghana and Norway have trained together since 2019."
    )
    x = extract_text(nlp, text, PUBLISHED)
    # Berg is Norwegian, so his counterpart is of the article's other side: Ghana
    assert ("Ama Owusu", "Chief of Defence Staff", "GHA") in holdings(x)
    assert _rule_of(x, "Ama Owusu") == "office.counterpart-other-side"


def test_the_other_side_is_the_one_the_possessor_is_not_of(nlp):
    text = (
        "OSLO: Norway and Ghana on Tuesday agreed to expand defence cooperation as Norway's Defence Minister Lars "
        "Berg held talks with Ghana's Defence Minister Kofi Mensah in Oslo. Mensah later met his counterpart, Chief "
        "of Defence Admiral Erik Dahl. Norway and Ghana have trained together since 2019."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Erik Dahl", "Chief of Defence", "NOR") in holdings(x)
    assert _rule_of(x, "Erik Dahl") == "office.counterpart-other-side"


def test_a_counterpart_with_a_country_said_keeps_that_country(nlp):
    text = (
        "ACCRA: Ghana and Norway on Tuesday agreed to expand defence cooperation. Ghana's Defence Minister Kofi "
        "Mensah met his Norwegian counterpart, Defence Minister Lars Berg, in Accra. Ghana and Norway have trained "
        "together since 2019."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Lars Berg", "Defence Minister", "NOR") in holdings(x)
