"""A country written before the first of two titles joined by "and" carries over to the second
("Ruritanian President X and Prime Minister Y"), but not where the two titles name one post of that
country ("Philippine Defense Secretary X and Defence Minister Y": the Philippines' defence minister
is its Defense Secretary): a country has one holder of a post, so Y is another side's."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_same_post_named_twice_is_not_carried_over(nlp):
    x = extract_text(nlp, "Manila: Philippine Defense Secretary Emilio Santos and Defence Minister Tomas Ekberg "
                          "inspected a guard of honour in Manila on Thursday.")
    assert ("Emilio Santos", "Defence Secretary", "PHL") in holdings(x)
    assert not any(person == "Tomas Ekberg" and country == "PHL" for person, _, country in holdings(x))


def test_same_kind_of_post_is_not_carried_over(nlp):
    x = extract_text(nlp, "Canberra: Japanese Defence Minister Kenta Hoshino and Defence Minister Alan Crowe signed "
                          "the agreement in Canberra on Monday. Australia and Japan agreed to deepen ties.")
    assert ("Kenta Hoshino", "Defence Minister", "JPN") in holdings(x)
    assert not any(person == "Alan Crowe" and country == "JPN" for person, _, country in holdings(x))


def test_another_post_still_carries_the_country(nlp):
    x = extract_text(nlp, "French President Claude Marchand and Prime Minister Henri Dupuis received the delegation "
                          "in Paris on Monday.")
    assert ("Henri Dupuis", "Prime Minister", "FRA") in holdings(x)
    x = extract_text(nlp, "Indian Defence Minister Arvind Rao and Defence Secretary Vikram Sethi met the delegation "
                          "in Hanoi on Monday.")
    assert ("Vikram Sethi", "Defence Secretary", "IND") in holdings(x)
