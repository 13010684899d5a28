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


def test_two_posts_in_one_bracket_are_both_the_names(nlp):
    x = extract_text(nlp, "Gen Ama Owusu (Minister of State, Minister of National Defence, Ghana) met Nigerian Army chief "
                          "Lt Gen Bala Sani in Abuja on Monday.")
    assert {("Ama Owusu", "State Minister", "GHA"), ("Ama Owusu", "Defence Minister", "GHA")} <= holdings(x)


def test_an_unknown_portfolio_in_brackets_ends_at_the_bracket(nlp):
    x = extract_text(nlp, "Gen Ama Owusu (Minister of State, Minister of War and Coastal Defence, Ghana) met Nigerian Army "
                          "chief Lt Gen Bala Sani in Abuja on Monday.")
    assert ("Ama Owusu", "Minister of War and Coastal Defence", "GHA") in holdings(x)


def test_an_unknown_portfolio_outside_brackets_with_no_holder_after_is_not_read(nlp):
    x = extract_text(nlp, "Gen Ama Owusu met the Minister of War and Coastal Defence, Ghana's navy said in Abuja on Monday.")
    assert not any("Coastal" in title for _, title, _ in holdings(x))
