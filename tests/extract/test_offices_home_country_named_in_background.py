"""The article's home country is not the one country left that is named once in background (no
person in its sentence), on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_a_country_named_once_in_background_is_no_home(nlp):
    # every other country is a foreign title's: a partnership's seat, named once, says nothing of whose posts
    text = ("Defence Minister Aino Virtanen will embark on a three-day official visit to Portugal tomorrow. She "
            "will hold talks with Nuno Reis, Minister of Defence of Portugal, in Lisbon. The Ambassador of Finland "
            "to Portugal, Timo Koski, will join the talks. Finland joined a naval partnership based in Bahrain in 2023.")
    held = holdings(extract_text(nlp, text))
    assert not any(country == "BHR" for _, _, country in held)
    assert ("Nuno Reis", "Defence Minister", "PRT") in held


def test_a_country_named_once_beside_a_person_is_still_the_home(nlp):
    text = ("Defence Minister Aino Virtanen met Nuno Reis, Minister of Defence of Portugal, in Helsinki, Finland, "
            "on Monday.")
    assert ("Aino Virtanen", "Defence Minister", "FIN") in holdings(extract_text(nlp, text))


def test_where_one_leaves_for_is_not_ones_country(nlp):
    # the one country named is where the minister goes: his post is not of it (the Seychellois President's is)
    text = ("Defence Minister Aino Virtanen will leave for Seychelles on Tuesday, where she is scheduled to meet "
            "President Patrick Michel.")
    held = holdings(extract_text(nlp, text))
    assert ("Aino Virtanen", "Defence Minister", "SYC") not in held
    assert ("Patrick Michel", "President", "SYC") in held
    # "left Seychelles" is where one was, not where one goes: no journey's end to keep out
    text = "Defence Minister Aino Virtanen met President Patrick Michel before she left Seychelles on Tuesday."
    assert ("Patrick Michel", "President", "SYC") in holdings(extract_text(nlp, text))
