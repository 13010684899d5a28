"""Framework names before or after a kind word ("the X programme", "Exercise X"), on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))
_frameworks = framework_kinds


def test_programme_at_sentence_start(nlp):
    x = _extract(nlp, "Chile and Peru signed a deal. The Skyhawk programme, run by a joint office, builds trainer jets.")
    assert _frameworks(x).get("Skyhawk") == "Initiative"


def test_policy_after_a_possessive(nlp):
    x = _extract(nlp, "Ghana is central to Nigeria's Good Neighbour policy, the minister said.")
    assert _frameworks(x).get("Good Neighbour") == "Policy"


def test_initiative_with_a_country_after_a_connector(nlp):
    x = _extract(nlp, "Polish firms invested under the Build in Poland initiative last year.")
    assert _frameworks(x).get("Build in Poland") == "Initiative"


def test_policy_named_by_a_place_alone_is_not_a_name(nlp):
    x = _extract(nlp, "The talks covered Brazil's Amazon policy and the Chinese initiative on ports.")
    assert not {"Amazon", "Chinese"} & set(_frameworks(x))


def test_exercise_name_read_as_a_person(nlp):
    x = _extract(nlp, "Their navies hold the Stella Maris exercise every year, and Chile also joined Exercise Rosa Blanca.")
    names = _frameworks(x)
    assert names.get("Stella Maris") == "Exercise"
    assert any(n in names for n in ("Rosa Blanca", "Exercise Rosa Blanca"))


_memberships = membership_triples


def test_brought_together_as_partner_nations_and_joined_it(nlp):
    x = _extract(nlp, "The Skyhawk programme brings together Chile, Peru and Ecuador as partner nations, "
                      "and Uruguay joined it as an observer in March 2024.")
    assert _memberships(x) == {("CHL", "Skyhawk", "member"), ("PER", "Skyhawk", "member"),
                               ("ECU", "Skyhawk", "member"), ("URY", "Skyhawk", "observer")}


def test_not_members_when_brought_together_as_dialogue_partners(nlp):
    x = _extract(nlp, "The Andean Security Forum brings together Chile and Peru as dialogue partners.")
    assert not any(role == "member" for _, _, role in _memberships(x))


def test_admitted_to_the_regional_body(nlp):
    x = _extract(nlp, "The Baltic Sea Commission comprises Estonia, Latvia and Lithuania, and Poland was admitted "
                      "to the regional body as an observer in 2019.")
    assert ("POL", "Baltic Sea Commission", "observer") in _memberships(x)


def test_observer_status_added_to_a_list_of_members(nlp):
    x = _extract(nlp, "The Andean Security Forum comprises Chile, Peru and Ecuador, while Bolivia and Paraguay hold observer status.")
    got = _memberships(x)
    assert {("BOL", "Andean Security Forum", "observer"), ("PRY", "Andean Security Forum", "observer")} <= got
    assert ("CHL", "Andean Security Forum", "member") in got


def test_countries_that_will_co_chair_a_working_group(nlp):
    x = _extract(nlp, "From the 2028-2031 cycle, Chile and Peru will co-chair the ADMM-Plus Experts' Working Group "
                      "on Military Medicine, officials said.")
    name = "ADMM-Plus Experts' Working Group on Military Medicine"
    assert {(iso, fw, role) for iso, fw, role in _memberships(x) if role == "co-chair"} == {
        ("CHL", name, "co-chair"), ("PER", name, "co-chair")}


def test_an_official_co_chairing_with_officials_of_a_country_makes_no_co_chairs(nlp):
    x = _extract(nlp, "Minister Tomas Ruiz also called on the commander of the Peruvian Navy, and co-chaired the "
                      "fourth meeting of the Chile-Peru Joint Defence Committee with senior Peru officials.")
    assert not any(role == "co-chair" for _, _, role in _memberships(x))


def test_members_phrase_describes_its_own_noun_not_the_sentence_subject(nlp):
    x = _extract(nlp, "Japan welcomed Vietnam, a member of ASEAN, to the talks.")
    assert _memberships(x) == {("VNM", "ASEAN", "member")}


def test_talks_with_members_make_no_member(nlp):
    x = _extract(nlp, "Japan held talks with members of ASEAN in Tokyo.")
    assert not _memberships(x)


def test_among_the_members(nlp):
    x = _extract(nlp, "Chile and Peru are among the members of the Pacific Alliance.")
    assert _memberships(x) == {("CHL", "Pacific Alliance", "member"), ("PER", "Pacific Alliance", "member")}


def test_countries_after_another_verb_are_not_a_groupings_members(nlp):
    x = _extract(nlp, "The talks covered the Quad, a grouping that has drawn criticism from China and Russia.")
    assert not _memberships(x)
    x = _extract(nlp, "AUKUS, the security pact, worries China and Indonesia.")
    assert not _memberships(x)


def test_grouping_that_brings_together_its_members(nlp):
    x = _extract(nlp, "The Andean Pact, a bloc made up of Chile, Peru and Bolivia, met in Lima.")
    assert _memberships(x) == {("CHL", "Andean Pact", "member"), ("PER", "Andean Pact", "member"),
                               ("BOL", "Andean Pact", "member")}


def test_gathering_verb_needs_the_framework_as_its_subject(nlp):
    for text in ("The agenda of the Quad summit included Vietnam and Laos.",
                 "The Quad statement included references to China and Russia.",
                 "Talks under the Pacific Alliance included Brazil and Argentina as guests."):
        assert not _memberships(_extract(nlp, text)), text
    x = _extract(nlp, "The Andean Security Forum's members include Chile, Peru and Ecuador.")
    assert {iso for iso, _, _ in _memberships(x)} == {"CHL", "PER", "ECU"}


def test_role_is_of_the_framework_itself_not_of_something_about_it(nlp):
    for text in ("Chile and Peru are part of the talks on the Pacific Alliance.",
                 "Chile and Peru are members of the committee that reviews the Pacific Alliance.",
                 "Chile was a member of the delegation to the Pacific Alliance summit."):
        assert not _memberships(_extract(nlp, text)), text
    x = _extract(nlp, "Chile and Peru are founding members of the Lima-based Pacific Alliance.")
    assert _memberships(x) == {("CHL", "Pacific Alliance", "member"), ("PER", "Pacific Alliance", "member")}


def test_signatories_of_the_founding_document_of_a_framework_just_named(nlp):
    x = _extract(nlp, "The region backs the Andean Economic Corridor (AEC). Chile, Peru and Bolivia are among the "
                      "signatories of the corridor's founding memorandum.")
    assert {(iso, role) for iso, _, role in _memberships(x)} == {("CHL", "member"), ("PER", "member"), ("BOL", "member")}


def test_agreement_concerning_titles(nlp):
    x = _extract(nlp, "Chile and Peru reviewed the Agreement concerning the Exchange of Classified Information and the "
                      "Agreement concerning Mutual Logistics Support, signed in 2019.")
    names = _frameworks(x)
    assert names.get("Agreement concerning the Exchange of Classified Information") == "Agreement"
    assert names.get("Agreement concerning Mutual Logistics Support") == "Agreement"


def test_exercises_listed_after_including(nlp):
    x = _extract(nlp, "The ministers welcomed bilateral exercises, including Rosa Blanca between the two armies "
                      "and the Chile-Peru Naval Exercise (CHIPEX).")
    assert _frameworks(x).get("Rosa Blanca") == "Exercise"


def test_vision_before_an_acronym_is_a_policy(nlp):
    x = _extract(nlp, "Peru announced its expanded Vision ANDES in March.")
    fw = next(f for f in x.frameworks if f.name == "ANDES")
    assert fw.kind == "Policy" and "Vision ANDES" in fw.aliases


def test_observers_of_something_else_are_not_observers_of_the_framework_before(nlp):
    x = _extract(nlp, "The Andean Security Forum met in Lima. Later, Brazil and Argentina attended a trade fair as observers.")
    assert not _memberships(x)
    x = _extract(nlp, "The Andean Security Forum met in Lima, while Bolivia attends its meetings as an observer.")
    assert _memberships(x) == {("BOL", "Andean Security Forum", "observer")}


def test_members_of_another_framework_named_by_the_subject_are_not_the_subjects(nlp):
    x = _extract(nlp, "The Quad urged members of the United Nations, including China and Russia, to act.")
    assert {fw for _, fw, _ in _memberships(x)} <= {"UN", "United Nations"}


def _policy_owners(x) -> dict[str, str | None]:
    return {f.name: f.owner for f in x.frameworks if f.kind == "Policy"}


def test_its_before_a_policy_stands_for_the_country_that_is_the_clause_subject(nlp):
    x = _extract(nlp, "Officials said Ghana sees the forum as a pillar of its Good Neighbour policy.")
    assert _policy_owners(x) == {"Good Neighbour": "GHA"}
    x = _extract(nlp, "Nigeria has framed the talks as part of its 'Gulf First' policy, officials said.")
    assert _policy_owners(x) == {"Gulf First": "NGA"}


def test_its_of_a_subject_that_is_no_country_owns_nothing(nlp):
    x = _extract(nlp, "The ministry said the visit reflected its Good Neighbour policy.")
    assert _policy_owners(x) == {"Good Neighbour": None}


def test_contract_named_after_a_long_system_designation(nlp):
    x = _extract(nlp, "Chile became the first export customer for the Falcon missile under the Falcon Ship-Borne Anti-Air "
                      "Missile System contract, signed on May 2, 2021. Peru is studying a Condor programme.")
    names = _frameworks(x)
    assert names.get("Falcon Ship-Borne Anti-Air Missile System contract") == "Agreement"
    assert "Missile System contract" not in names and "Anti-Air Missile System contract" not in names


def test_peace_facility_is_a_fund_a_repair_facility_is_not(nlp):
    kinds = framework_kinds(extract_text(nlp, "Moldova has received Czech equipment under the Andean Peace Facility. "
                                              "Peru opened the Naval Repair Facility in Callao."))
    assert kinds.get("Andean Peace Facility") == "Initiative", kinds
    assert "Naval Repair Facility" not in kinds


def test_action_after_a_topic_word_is_no_document_kind(nlp):
    # "Mine Action" is what a conference is on; only "Plan of Action" names a document by its "Action"
    x = framework_kinds(extract_text(nlp, "The ministers attended the Standing Conference on Mine Action in Geneva."))
    assert x.get("Standing Conference on Mine Action") != "Agreement"
    x = framework_kinds(extract_text(nlp, "The ministers signed the Joint Plan of Action in Geneva."))
    assert x == {"Joint Plan of Action": "Agreement"}


def test_a_numbered_conference_of_officials_is_no_standing_body(nlp):
    assert framework_kinds(extract_text(nlp, "The ministers met at the XII Conference of Defence Ministers in Quito.")) == {}
