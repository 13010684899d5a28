"""A country written before a rank that opens a name ("Ruritanian Navy Rear Admiral X", "Ruritania's
Major General X") is the person's own: it is foreign to the bare titles beside it, which take the
country of the city where the ranked visitor met them."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_navy_rank_of_a_country_is_not_lent_to_the_host(nlp):
    x = extract_text(nlp, "Brazilian Navy Vice Admiral Paulo Ribeiro met Defence Minister Amina Diallo in Dakar on Monday.")
    assert ("Amina Diallo", "Defence Minister", "SEN") in holdings(x)
    assert not any(person == "Amina Diallo" and country == "BRA" for person, _, country in holdings(x))


def test_army_rank_of_a_country_held_talks(nlp):
    x = extract_text(nlp, "Brazilian Army Major General Paulo Ribeiro held talks with Defence Minister Amina Diallo "
                          "in Dakar on Monday.")
    assert ("Amina Diallo", "Defence Minister", "SEN") in holdings(x)


def test_home_country_still_holds_at_its_dateline(nlp):
    x = extract_text(nlp, "BRASILIA, March 9 (Reuters) - Brazilian Navy Vice Admiral Paulo Ribeiro briefed Defence "
                          "Minister Jose Lima on the exercise in Brasilia on Monday, Brazil's navy said.")
    assert ("Jose Lima", "Defence Minister", "BRA") in holdings(x)
