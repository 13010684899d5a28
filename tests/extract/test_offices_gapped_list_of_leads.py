"""A list of delegations that names its verb once ("X was led by A; Peru by B; and Chile by C"):
each leader is of the country written before his own "by"; and a counterpart's own post of a
portfolio's "Affairs" stands for the mirrored one. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 3)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_each_gapped_clause_names_its_leaders_country(nlp):
    text = (
        "LIMA, June 3 -- The defence ministers of the Andean bloc met in Lima today. "
        "The Chilean delegation was led by Carlos Munoz, Minister of Defence; Ecuador by Jorge Vera, "
        "Deputy Prime Minister and Minister of State for Defence Affairs; Bolivia by Luis Arce Quispe, "
        "Minister of Defence; and Colombia by Andres Villa, Minister of State for Defence Affairs."
    )
    held = _holds(nlp, text)
    assert ("Carlos Munoz", "Defence Minister", "CHL") in held
    assert ("Jorge Vera", "Deputy Prime Minister", "ECU") in held
    assert ("Jorge Vera", "Minister of State for Defence Affairs", "ECU") in held
    assert ("Luis Arce Quispe", "Defence Minister", "BOL") in held
    assert ("Andres Villa", "Minister of State for Defence Affairs", "COL") in held


def test_a_by_phrase_with_no_verb_of_leading_is_no_side(nlp):
    text = (
        "LIMA, June 3 -- The report was written by Carlos Munoz, Minister of Defence of Chile, "
        "and Peru by Jorge Vera, a historian, was cited. Chile and Peru held talks."
    )
    held = _holds(nlp, text)
    assert not any(h[0] == "Jorge Vera" and h[2] == "PER" for h in held)


def test_a_minister_for_defence_affairs_keeps_his_own_post_as_counterpart(nlp):
    text = (
        "Andres Villa, Colombia's Minister of State for Defence Affairs, arrived in Quito on Sunday. "
        "On Monday, Ecuador's Minister of Defence Jorge Vera conferred with his Colombian counterpart Andres Villa."
    )
    held = _holds(nlp, text)
    assert ("Andres Villa", "Minister of State for Defence Affairs", "COL") in held
    assert ("Andres Villa", "Defence Minister", "COL") not in held


def test_a_counterpart_of_another_portfolio_still_mirrors(nlp):
    text = (
        "Ecuador's Minister of Defence Jorge Vera conferred with his Colombian counterpart Andres Villa "
        "in Quito on Monday. Villa is also Minister of State for Veterans Affairs."
    )
    held = _holds(nlp, text)
    assert ("Andres Villa", "Defence Minister", "COL") in held
