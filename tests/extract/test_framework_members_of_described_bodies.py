"""Member lists whose subject is a definite description of a framework named earlier ("The dialogue
brings together ..."), and lists set off by a dash after a counted phrase ("the three Baltic states --
A, B and C"). Invented sentences only."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def _members(nlp, text: str) -> set[tuple[str, str, str]]:
    return membership_triples(_extract(nlp, text))


def test_counted_nations_then_dashed_list_are_all_members(nlp):
    text = "The Nordic-Baltic Dialogue brings together Norway and the three Baltic states -- Estonia, Latvia and Lithuania."
    assert _members(nlp, text) == {(iso, "Nordic-Baltic Dialogue", "member") for iso in ("NOR", "EST", "LVA", "LTU")}


def test_the_dialogue_refers_back_to_the_named_dialogue(nlp):
    text = ("Oslo will host the third Nordic-Baltic Dialogue in May, officials said. "
            "The dialogue brings together Norway and the three Baltic states -- Estonia, Latvia and Lithuania.")
    assert _members(nlp, text) == {(iso, "Nordic-Baltic Dialogue", "member") for iso in ("NOR", "EST", "LVA", "LTU")}


def test_the_meeting_after_talks_told_in_between_is_not_the_named_meeting(nlp):
    text = ("Ministers gathered in Lima for the Andean Defence Ministers' Meeting on Tuesday. On the sidelines, "
            "the Peruvian and Chilean defence ministers held talks. The meeting brought together Peru and Chile.")
    assert _members(nlp, text) == set()


def test_the_dialogue_after_an_unnamed_dialogue_is_not_the_named_dialogue(nlp):
    text = ("Lima hosted the Pacific Rim Dialogue in June. In Quito on Monday, officials held a strategic dialogue. "
            "The dialogue brought together Peru and Chile.")
    assert _members(nlp, text) == set()


def test_the_dialogue_on_a_topic_is_not_the_named_dialogue(nlp):
    text = ("Lima hosted the Pacific Rim Dialogue in June. "
            "On Monday, Peru and Chile joined the dialogue on maritime security held in Quito.")
    assert _members(nlp, text) == set()


def test_the_dialogue_with_no_dialogue_named_has_no_members(nlp):
    text = ("Ministers met in Oslo on Monday. "
            "The dialogue brings together Norway and the three Baltic states -- Estonia, Latvia and Lithuania.")
    assert _members(nlp, text) == set()


def test_ministers_meeting_described_as_made_up_of_countries_is_a_forum_with_observers(nlp):
    text = ("Ministers gathered in Suva for the Coral Sea Defence Ministers' Meeting, which Fiji is hosting this week. "
            "The meeting, known as CSDMM, is made up of Fiji, Samoa, Chile and Vanuatu. "
            "Japan and Peru are taking part as observers.")
    forum = "Coral Sea Defence Ministers' Meeting"
    assert framework_kinds(_extract(nlp, text)).get(forum) == "Forum"
    assert _members(nlp, text) == {(iso, forum, "member") for iso in ("FJI", "WSM", "CHL", "VUT")} | {
        ("JPN", forum, "observer"), ("PER", forum, "observer")}


def test_ministers_meeting_with_no_members_named_is_no_framework(nlp):
    text = "Ministers gathered in Suva for the Coral Sea Defence Ministers' Meeting, which Fiji is hosting this week."
    assert "Coral Sea Defence Ministers' Meeting" not in framework_kinds(_extract(nlp, text))


def test_relative_clause_on_a_description_apposed_to_the_framework(nlp):
    text = ("The two countries are members of the Lagos Initiative, a security mechanism launched in 2015 that brings "
            "together Chad, Cameroon, Nigeria and Gabon, with Congo and Angola as observers.")
    body = "Lagos Initiative"
    assert _members(nlp, text) == {(iso, body, "member") for iso in ("TCD", "CMR", "NGA", "GAB")} | {
        ("COG", body, "observer"), ("AGO", body, "observer")}


def test_relative_clause_on_a_description_of_no_framework(nlp):
    text = "Ministers met in Douala, a port city that brings together traders from Chad, Cameroon and Nigeria."
    assert _members(nlp, text) == set()


def test_partner_states_of_a_body_are_its_members(nlp):
    text = "Chad is also one of the six partner states of the Sahel Defence Community (SDC), alongside Niger, Mali and Gabon."
    assert _members(nlp, text) == {(iso, "Sahel Defence Community", "member") for iso in ("TCD", "NER", "MLI", "GAB")}


def test_partner_nations_of_a_pact_are_no_members(nlp):
    assert _members(nlp, "Chad is one of the partner nations of the Sahel Defence Pact.") == set()


def test_partner_countries_of_a_well_known_body_are_no_members(nlp):
    text = "Japan and Australia are partner countries of NATO and attended the summit in Vilnius."
    assert _members(nlp, text) == set()
    assert _members(nlp, "Ukraine, one of the partner nations of the European Union, received new funding.") == set()
    assert _members(nlp, "Japan is one of the 40 partner countries of NATO.") == set()


def test_uncounted_partner_states_of_a_body_are_no_members(nlp):
    assert _members(nlp, "Chad is one of the partner states of the Sahel Defence Community.") == set()
    assert _members(nlp, "Chad is one of the partner states of the Sahel Defence Community, alongside Niger.") == set()


def test_body_named_without_its_owner_is_the_owners_body_and_has_its_member_states(nlp):
    text = ("Ministers prepared for the meeting of the Andean Union Joint Defence Council in Lima. "
            "The Andean Union comprises Peru, Chile and Bolivia. Its Joint Defence Council brings together the "
            "defence ministers of the three member states and oversees the Andean Shield Force.")
    x = _extract(nlp, text)
    assert "Joint Defence Council" not in framework_kinds(x)
    council = "Andean Union Joint Defence Council"
    assert {(iso, council, "member") for iso in ("PER", "CHL", "BOL")} <= membership_triples(x)


def test_member_states_of_a_body_with_no_owner_are_not_guessed(nlp):
    text = ("The Andean Union comprises Peru, Chile and Bolivia. "
            "The Pacific Defence Council brings together the defence ministers of the three member states.")
    assert not any(fw == "Pacific Defence Council" for _, fw, _ in _members(nlp, text))


def test_countries_of_a_relative_clause_that_left_a_body_and_formed_another_found_it(nlp):
    text = ("Juntas took power in Chad, Sudan and Libya, which have left the Economic Community of Central African "
            "States (ECCAS) and formed their own Alliance of Desert States (ADS).")
    assert {(iso, "Alliance of Desert States", "member") for iso in ("TCD", "SDN", "LBY")} <= _members(nlp, text)


def test_a_closed_relative_clause_does_not_found_what_the_main_clause_formed(nlp):
    text = "Generals from Chad met officials of Sudan, who praised the plan, and formed the Alliance of Desert States (ADS)."
    assert not any(iso == "SDN" for iso, _, _ in _members(nlp, text))


def test_owners_member_states_urged_by_its_body_are_not_its_bodys_members(nlp):
    text = ("The Andean Union comprises Peru, Chile and Bolivia. "
            "The Andean Union Regional Forum urged the member states to raise defence spending.")
    assert not any(fw == "Andean Union Regional Forum" for _, fw, _ in _members(nlp, text))
