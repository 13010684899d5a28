"""A weapon or craft named after its class noun ("the Light Combat Helicopter Prachand"): the model
may tag the name from the class noun on ("Helicopter Prachand") as a person, but no person's name
starts with such a noun; a person named beside it is still one."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_helicopter_named_after_its_class_is_no_person(nlp):
    x = extract_text(nlp, "The minister flew in the Advanced Light Helicopter Dhruv to the base.")
    assert person_names(x) == []


def test_named_helicopter_beside_ministers(nlp):
    x = extract_text(nlp, "Minister Arvid Holm welcomed Commodore Rhys Tanaka. The pair inspected the Light Combat Helicopter Tejas.")
    assert person_names(x) == ["Arvid Holm", "Rhys Tanaka"]


def test_helicopter_the_navy_will_buy(nlp):
    x = extract_text(nlp, "Defence Minister Arvid Holm said the Navy would buy the Maritime Helicopter Skarv next year.")
    assert person_names(x) == ["Arvid Holm"]
