"""A minister whose remit follows "in charge of" ("Minister-in-charge of Trade Relations X",
"Minister in charge of Social Services X") holds that post, kept as written, also after another
post joined before it by "and"; a known portfolio after "in charge of" is that minister's post.
No name after the remit: no post. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = ("SINGAPORE, March 11 -- {who} received a courtesy call from Malaysia's Defence Minister Ahmad Rahim at the "
        "Ministry of Defence this morning. Singapore and Malaysia agreed to hold more joint exercises.")


def test_hyphened_in_charge_remit_after_a_joined_post(nlp):
    held = holdings(extract_text(nlp, LEAD.format(who="Minister for Defence and Minister-in-charge of Muslim Affairs Mr Daniel Tan"), PUBLISHED))
    assert ("Daniel Tan", "Defence Minister", "SGP") in held
    assert ("Daniel Tan", "Minister-in-charge of Muslim Affairs", "SGP") in held


def test_in_charge_of_a_known_portfolio_is_that_ministers_post(nlp):
    held = holdings(extract_text(nlp, LEAD.format(who="Minister-in-charge of Defence Daniel Tan"), PUBLISHED))
    assert ("Daniel Tan", "Defence Minister", "SGP") in held


def test_no_name_after_the_remit(nlp):
    x = extract_text(nlp, "SINGAPORE, March 11 -- The minister in charge of the Public Service said on Tuesday that Singapore "
                          "would hire more engineers. Singapore and Malaysia agreed to hold more joint exercises.", PUBLISHED)
    assert not any("Public Service" in title for _, title, _ in holdings(x))


def test_known_portfolio_opening_a_longer_remit_before_a_courtesy_title(nlp):
    # "Energy" is a known portfolio, yet the remit goes on up to the holder's "Mr"
    held = holdings(extract_text(nlp, LEAD.format(who="Minister in charge of Energy Markets Mr Daniel Tan"), PUBLISHED))
    assert ("Daniel Tan", "Minister in charge of Energy Markets", "SGP") in held


def test_known_portfolio_before_a_courtesy_title_stays_the_portfolio(nlp):
    held = holdings(extract_text(nlp, LEAD.format(who="Minister in charge of Energy Mr Daniel Tan"), PUBLISHED))
    assert ("Daniel Tan", "Energy Minister", "SGP") in held
