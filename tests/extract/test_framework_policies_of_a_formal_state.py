"""A doctrine or strategy titled with the formal name of the state it is of ("the Defence Doctrine
of the Republic of X") keeps that name in its title, and so does a strategy, doctrine or concept titled
with the state's short name in any spelling the country rules know ("the National Security Strategy of
Czechia"); a short country name after "Policy of", or a body's head word before it, does not go in."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_policy_of_a_republic_or_kingdom(nlp):
    x = extract_text(nlp, "The side stressed that, in line with the Defence Doctrine of the Republic of Kenya, approved in 2016, "
                          "and the National Security Strategy of the Kingdom of Spain, it will act.")
    kinds = framework_kinds(x)
    assert kinds.get("Defence Doctrine of the Republic of Kenya") == "Policy"
    assert kinds.get("National Security Strategy of the Kingdom of Spain") == "Policy"
    assert "Defence Doctrine" not in kinds


def test_not_a_short_name_nor_a_body(nlp):
    x = extract_text(nlp, "The minister cited the Defence Policy of Peru and the Defence Council of the Republic of Kenya.")
    assert not any("Peru" in name or "Republic" in name for name in framework_kinds(x))


def test_policy_of_a_state_named_with_the_and_a_formal_word(nlp):
    x = extract_text(nlp, "He added that an update of the Security Strategy of the Dominican Republic, adopted in 2023, "
                          "would be presented to the cabinet. He also cited the Defence Policy of the Philippines.")
    kinds = framework_kinds(x)
    assert kinds.get("Security Strategy of the Dominican Republic") == "Policy"
    assert "Security Strategy" not in kinds
    assert "Defence Policy of the Philippines" not in kinds


def test_strategy_or_doctrine_of_a_short_country_name(nlp):
    x = extract_text(nlp, "Officials presented the National Security Strategy of Czechia on Monday, and the Military Doctrine "
                          "of Estonia was cited in the debate.")
    kinds = framework_kinds(x)
    assert kinds.get("National Security Strategy of Czechia") == "Policy"
    assert kinds.get("Military Doctrine of Estonia") == "Policy"


def test_strategy_of_a_countrys_forces_keeps_its_own_name(nlp):
    x = extract_text(nlp, "Officials presented the Training Strategy of Estonia's Defence Forces on Monday.")
    assert not any("Estonia" in name for name in framework_kinds(x))
