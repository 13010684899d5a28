"""Second review of the framework, membership and meeting rules: invented sentences for each mended finding."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, meetings_by_participants, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_second_on_stops_before_set_phrases(nlp):
    for tail in ("on behalf of their navies", "on board the frigate", "on arrival in Lima"):
        x = _extract(nlp, f"Chile and Peru signed a memorandum of understanding on defence cooperation {tail}.")
        assert set(framework_kinds(x)) == {"Memorandum of Understanding on defence cooperation"}, tail


def test_second_on_still_goes_on_before_a_topic(nlp):
    x = _extract(nlp, "Chile and Peru signed a memorandum of understanding on cooperation on countering piracy.")
    assert "Memorandum of Understanding on cooperation on countering piracy" in framework_kinds(x)


def test_apposed_indefinite_pact_describes_the_named_agreement(nlp):
    for text in ("Chile and Peru signed the Andes Maritime Agreement, a defence pact, in 2020. Bolivia joined the agreement in 2023.",
                 "Chile and Peru signed the Andes Maritime Agreement, a new defence pact, in 2020. Bolivia is a party to the agreement."):
        x = _extract(nlp, text)
        assert ("BOL", "Andes Maritime Agreement", "member") in membership_triples(x), text


def test_unnamed_pact_told_of_later_still_stops_the_agreement(nlp):
    x = _extract(nlp, "Chile and Peru signed the Andes Maritime Agreement in 2020. In 2024 they signed a new defence pact. "
                      "Bolivia is a party to the agreement.")
    assert ("BOL", "Andes Maritime Agreement", "member") not in membership_triples(x)


def test_ordinal_ellipsis_before_a_date(nlp):
    x = _extract(nlp, "Chile joined the Andean Council as its ninth member in 2019, and Peru became the tenth last year.")
    assert ("PER", "Andean Council", "member") in membership_triples(x)


def test_ordinal_before_another_ranking_is_no_ellipsis(nlp):
    x = _extract(nlp, "Chile joined the Andean Council as its ninth member in 2019, and Peru is the tenth largest economy.")
    assert ("PER", "Andean Council", "member") not in membership_triples(x)


def test_adjective_named_coalition_for_a_country(nlp):
    for adj in ("maritime", "armoured"):
        x = _extract(nlp, f"Britain and Latvia co-chair the {adj} coalition for Moldova.")
        name = f"{adj} coalition for Moldova"
        assert framework_kinds(x).get(name) == "Forum", adj
        assert {("GBR", name, "co-chair"), ("LVA", name, "co-chair")} <= membership_triples(x), adj


def test_describing_adjectives_alone_name_no_coalition(nlp):
    for text in ("Britain and Latvia co-chair the new coalition for Moldova.",
                 "Britain and Latvia co-chair the maritime coalition."):
        x = _extract(nlp, text)
        assert not any("coalition" in name for name in framework_kinds(x)), text


def test_country_ranked_among_members_in_a_relative_clause(nlp):
    for text in ("Chile, which spends the highest share of its GDP among Andean Council members, hosted the talks.",
                 "Chile, which is one of the largest troop contributors in the Andean Council, hosted the talks."):
        assert ("CHL", "Andean Council", "member") in membership_triples(_extract(nlp, text)), text


def test_relative_clause_on_a_non_country_or_without_a_ranking_makes_no_member(nlp):
    for text in ("Chile's minister, who is one of the largest troop contributors in the Andean Council, hosted the talks.",
                 "Chile, which has sought support among Andean Council members, hosted the talks."):
        assert not membership_triples(_extract(nlp, text)), text


def test_joint_vision_with_an_unrelated_possessive_earlier_in_the_sentence(nlp):
    x = _extract(nlp, "Peru's defence minister praised the Chile-Peru Vision 2040 on Monday.")
    assert framework_kinds(x).get("Chile-Peru Vision 2040") == "Agreement"


def test_one_states_policy_about_two_others_stays_a_policy(nlp):
    for text in ("Peru unveiled its new Chile-Bolivia Strategy on Monday.",
                 "Ecuador's minister said Peru's new Chile-Bolivia Policy was unveiled on Monday."):
        kinds = framework_kinds(_extract(nlp, text))
        assert "Policy" in kinds.values() and "Agreement" not in kinds.values(), text


def test_officials_of_countries_before_an_auxiliary_and_co_chair(nlp):
    for text in ("The defence ministers of Britain and Latvia will co-chair the drone coalition for Moldova.",
                 "The defence ministers of Britain and Latvia will jointly co-chair the drone coalition for Moldova."):
        assert not membership_triples(_extract(nlp, text)), text


def test_countries_before_an_auxiliary_still_co_chair(nlp):
    x = _extract(nlp, "Britain and Latvia will jointly co-chair the drone coalition for Moldova.")
    assert membership_triples(x) == {("GBR", "drone coalition for Moldova", "co-chair"),
                                     ("LVA", "drone coalition for Moldova", "co-chair")}


def test_ranked_among_members_only_by_what_members_have(nlp):
    for text in ("China is the largest investor among ASEAN members.",
                 "Turkey has won the most support among EU members for its bid."):
        assert not membership_triples(_extract(nlp, text)), text
    for text, iso, body in (("Greece fields the most advanced navy among NATO members.", "GRC", "NATO"),
                            ("Chile spends the most among NATO members on defence.", "CHL", "NATO")):
        assert (iso, body, "member") in membership_triples(_extract(nlp, text)), text


def test_the_two_ministers_after_a_foreign_secretarys_talks(nlp):
    x = _extract(nlp, "Chilean Defence Minister Ana Torres met Peruvian Defence Minister Walter Astudillo in Lima on Sunday. "
                      "On Monday, British Foreign Secretary David Lammy held talks with Chilean Foreign Minister "
                      "Alberto van Klaveren in London. The two ministers will co-chair the Chile-UK Strategic Dialogue "
                      "in Santiago in June.")
    planned = {k: mt for k, mt in meetings_by_participants(x).items() if mt.status == "planned"}
    assert set(planned) == {("Alberto van Klaveren", "David Lammy")}


def test_the_two_ministers_still_leave_a_pair_with_a_general(nlp):
    x = _extract(nlp, "Chilean Defence Minister Ana Torres met Peruvian Defence Minister Walter Astudillo in Lima on Sunday. "
                      "On Monday, Torres held talks with Peruvian Army chief General Ricardo Soto in Lima. "
                      "The two ministers will co-chair the Chile-Peru Defence Commission in Santiago in June.")
    planned = {k for k, mt in meetings_by_participants(x).items() if mt.status == "planned"}
    assert planned == {("Ana Torres", "Walter Astudillo")}


def test_preposition_at_the_first_word_reads_nothing_before_it(nlp):
    """The article's first word "In" has nothing before it: no wrap to the last word ("members")."""
    x = extract_text(nlp, "In NATO Chile and Peru count as members", header=False)
    assert {c for c, _, _ in membership_triples(x)} <= {"CHL", "PER"}  # read without wrapping to the last word
    x = extract_text(nlp, "Chile remains one of the largest troop contributors in NATO.", header=False)
    assert ("CHL", "NATO", "member") in membership_triples(x)


def test_arrived_here_and_in_a_city_reads_one_day(nlp):
    x = _extract(nlp, "LIMA, March 10 -- Chilean Defence Minister Ana Torres arrived here in Lima on Monday. "
                      "Torres met Peruvian Defence Minister Walter Astudillo on Monday.")
    meetings = meetings_by_participants(x)
    assert ("Ana Torres", "Walter Astudillo") in meetings
