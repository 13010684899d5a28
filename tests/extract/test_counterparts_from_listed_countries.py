""""his counterparts from A and B, X and Y": the names set off after a list of countries introduced
by "from" are the counterparts, paired with the countries in order, when the counts agree (the
model may read the first name into the list of countries and tag no person)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs, person_names

DAY = date(2026, 5, 14)


def test_two_countries_and_two_names_pair_in_order(nlp):
    text = ("Kenyan Defence Minister Amos Kiprono met his counterparts from Ghana and Senegal, "
            "Ama Owusu and Malick Ndiaye, in Nairobi on Wednesday.")
    x = extract_text(nlp, text, DAY)
    held = holdings(x)
    assert ("Ama Owusu", "Defence Minister", "GHA") in held
    assert ("Malick Ndiaye", "Defence Minister", "SEN") in held
    assert ("Ama Owusu", "Amos Kiprono") in meeting_pairs(x)


def test_three_countries_and_three_names_pair_in_order(nlp):
    text = ("Polish Defence Minister Adam Nowak hosted his counterparts from Estonia, Latvia and Lithuania, "
            "Kadri Tamm, Janis Ozols and Rasa Petraitis, in Warsaw on Tuesday.")
    held = holdings(extract_text(nlp, text, DAY))
    assert ("Kadri Tamm", "Defence Minister", "EST") in held
    assert ("Janis Ozols", "Defence Minister", "LVA") in held
    assert ("Rasa Petraitis", "Defence Minister", "LTU") in held


def test_names_not_matching_the_countries_get_no_country_post(nlp):
    # three names for two countries: who is whose is not said
    text = ("Kenyan Defence Minister Amos Kiprono met his counterparts from Ghana and Senegal, "
            "Ama Owusu, Malick Ndiaye and Paul Mensah, in Nairobi on Wednesday.")
    held = holdings(extract_text(nlp, text, DAY))
    assert not any(country in ("GHA", "SEN") for _, _, country in held)


def test_bodies_listed_after_the_countries_are_no_persons(nlp):
    text = ("Kenyan Defence Minister Amos Kiprono met his counterparts from Ghana and Senegal, "
            "the Coast Guard and the Border Police, in Nairobi on Wednesday.")
    assert person_names(extract_text(nlp, text, DAY)) == ["Amos Kiprono"]
