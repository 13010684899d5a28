"""A post in brackets after a name that ends with its country ("X (Chief of the Defence Staff, Ghana)",
"X (Minister of Defence of Chile)") is the name's post, of that country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_bracketed_title_then_comma_country(nlp):
    x = extract_text(nlp, "Gen Ama Owusu (Chief of the Defence Staff, Ghana) met Nigerian Army chief Lt Gen Bala Sani "
                          "in Abuja on Monday.")
    assert ("Ama Owusu", "Chief of Defence Staff", "GHA") in holdings(x)


def test_bracketed_title_of_country(nlp):
    x = extract_text(nlp, "Gen Ama Owusu (Chief of the Defence Staff of Ghana) met Nigerian Army chief Lt Gen Bala Sani "
                          "in Abuja on Monday.")
    assert ("Ama Owusu", "Chief of Defence Staff", "GHA") in holdings(x)


def test_bracket_with_more_than_a_country_after_the_title_names_no_post(nlp):
    x = extract_text(nlp, "Gen Ama Owusu (who met the Chief of the Defence Staff, Ghana Armed Forces Day) spoke in Abuja on Monday.")
    assert not any(person == "Ama Owusu" for person, _, _ in holdings(x))
