"""Membership phrasings: relative clauses ("of which", "to which"), lists set off after "F countries",
"both F members", a kind word between a name and its grouping noun, and growth "to include", on
invented sentences, each with a look-alike that must not give members."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))
ASF = "Andean Security Forum"


def _members(nlp, text: str) -> set[tuple[str, str, str]]:
    return membership_triples(_extract(nlp, text))


def test_of_which_a_member(nlp):
    assert _members(nlp, f"The {ASF}, of which Chile is a member, met in Lima.") == {("CHL", ASF, "member")}


def test_to_which_countries_belong(nlp):
    assert _members(nlp, "The SCO, to which Kyrgyzstan and Iran belong, met in Minsk.") == {
        ("KGZ", "SCO", "member"), ("IRN", "SCO", "member")}


def test_of_which_not_a_member(nlp):
    assert not _members(nlp, f"The {ASF}, of which Chile is not a member, met in Lima.")


def test_list_set_off_by_commas_after_f_countries(nlp):
    assert _members(nlp, f"The three {ASF} countries, Chile, Peru and Brazil, met in Lima.") == {
        (c, ASF, "member") for c in ("CHL", "PER", "BRA")}


def test_list_in_brackets_after_f_nations(nlp):
    assert _members(nlp, "The BRICS nations (Brazil, Russia and China) held a summit.") == {
        (c, "BRICS", "member") for c in ("BRA", "RUS", "CHN")}


def test_f_countries_and_others_coordinated_are_no_list(nlp):
    assert not _members(nlp, "The ASEAN countries, China and Japan signed the declaration in Hanoi.")


def test_both_f_members_apposed(nlp):
    assert _members(nlp, "Kyrgyzstan and Iran, both SCO members, held talks.") == {
        ("KGZ", "SCO", "member"), ("IRN", "SCO", "member")}


def test_both_something_else_then_f_members(nlp):
    assert not _members(nlp, "Kyrgyzstan and Iran, both major exporters, held talks with SCO members.")


def test_kind_word_between_name_and_grouping_noun(nlp):
    assert _members(nlp, "He addressed the BRICS economic grouping of Brazil, Russia and China.") == {
        (c, "BRICS", "member") for c in ("BRA", "RUS", "CHN")}


def test_grouping_noun_without_a_name_before_gives_nothing(nlp):
    assert not _members(nlp, "NATO ministers discussed a new group of Baltic states, Poland and Finland.")


def test_expanded_to_include(nlp):
    assert _members(nlp, "BRICS expanded last year to include Egypt and Ethiopia.") == {
        ("EGY", "BRICS", "member"), ("ETH", "BRICS", "member")}


def test_will_or_plans_to_expand_to_include_is_not_membership(nlp):
    assert not _members(nlp, "BRICS will expand next year to include Egypt and Ethiopia.")
    assert not _members(nlp, "BRICS plans to expand to include Egypt and Ethiopia.")


def test_body_named_with_an_organisation_head_that_countries_are_members_of(nlp):
    x = _extract(nlp, "Chile and Peru are members of the Pacific Coast Defence Organisation.")
    assert membership_triples(x) == {(c, "Pacific Coast Defence Organisation", "member") for c in ("CHL", "PER")}


def test_body_with_its_head_first(nlp):
    assert _members(nlp, "Chile and Peru are members of the League of Pacific Coast States.") == {
        (c, "League of Pacific Coast States", "member") for c in ("CHL", "PER")}


def test_countries_joining_a_symposium_named_body(nlp):
    assert _members(nlp, "Chile and Peru joined the Pacific Naval Symposium in 2001.") == {
        (c, "Pacific Naval Symposium", "member") for c in ("CHL", "PER")}


def test_national_organisation_joined_by_people_or_with_a_persons_membership_is_no_body(nlp):
    for text in ("Chile's scientists joined the Defence Research and Development Organisation.",
                 "Kumar, a member of the Navy Wives Welfare Association, met Chile's envoy.",
                 "Chile sent members of the Pacific Coast Security Conference secretariat."):
        x = _extract(nlp, text)
        assert not membership_triples(x)
        assert not [f for f in framework_kinds(x) if f.endswith(("Organisation", "Association", "Conference"))]


def test_body_with_acronym_kept_for_the_members_named_later(nlp):
    x = _extract(nlp, "The Pacific Coast Defence Organisation (PCDO) met in Lima. PCDO members Chile and Peru signed a plan.")
    assert membership_triples(x) == {(c, "Pacific Coast Defence Organisation", "member") for c in ("CHL", "PER")}


def test_national_organisation_with_acronym_and_no_members_is_dropped(nlp):
    x = _extract(nlp, "The Defence Research and Development Organisation (DRDO) tested a missile built with Chile.")
    assert not framework_kinds(x)


def test_observer_set_off_or_in_a_relative_clause(nlp):
    assert _members(nlp, f"Chile, an observer to the {ASF}, sent a delegation.") == {("CHL", ASF, "observer")}
    assert _members(nlp, f"Chile, which is an observer at the {ASF}, sent a delegation.") == {("CHL", ASF, "observer")}


def test_a_persons_role_set_off_gives_no_country_a_role(nlp):
    assert not _members(nlp, f"He met Chile's envoy, an observer at the {ASF} meeting, in Lima.")


def test_observers_and_dialogue_partners_named_after_the_body(nlp):
    assert _members(nlp, f"{ASF} observers Chile and Peru sent delegations.") == {
        ("CHL", ASF, "observer"), ("PER", ASF, "observer")}
    assert _members(nlp, "ASEAN dialogue partner Chile sent a delegation.") == {("CHL", "ASEAN", "dialogue partner")}


def test_partners_of_no_stated_kind_are_no_role(nlp):
    assert not _members(nlp, "ASEAN partners Chile and Peru sent delegations.")


def test_a_non_member_is_no_member(nlp):
    assert not _members(nlp, f"Peru signed a deal with Chile, a non-member of the {ASF}.")


def test_rejoined(nlp):
    assert _members(nlp, f"Chile rejoined the {ASF} in 2020.") == {("CHL", ASF, "member")}


def test_unknown_body_before_whose_members(nlp):
    assert _members(nlp, "The Organisation of Andean States, whose members are Chile, Peru and Bolivia, met in Lima.") == {
        (c, "Organisation of Andean States", "member") for c in ("CHL", "PER", "BOL")}


def test_body_of_a_list_of_countries(nlp):
    assert _members(nlp, "The Weimar Triangle of France, Germany and Poland met in Paris.") == {
        (c, "Weimar Triangle", "member") for c in ("FRA", "DEU", "POL")}


def test_a_dialogue_of_two_countries_gives_no_members(nlp):
    assert not _members(nlp, "Chile and Peru held the Defence Policy Dialogue of Chile and Peru in Lima.")
