"""Peace missions with acronyms, numbered resolutions, bodies named after a region's states, and
known organisations kept for the members or leavers the text names, on invented sentences."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_mission_with_an_acronym_of_syllables(nlp):
    x = _extract(nlp, "Chad sent troops to the Arab League Monitoring and Stability Mission in Yemen (ALMISYE) in May.")
    assert framework_kinds(x).get("Arab League Monitoring and Stability Mission in Yemen") == "Organisation"


def test_mission_with_an_acronym_of_initials(nlp):
    x = _extract(nlp, "Nepal will extend its deployment to the United Nations Mission in South Sudan (UNMISS).")
    assert framework_kinds(x).get("United Nations Mission in South Sudan") == "Organisation"


def test_troops_drawn_by_a_mission_are_not_members(nlp):
    x = _extract(nlp, "The Pacific Stabilisation Mission in Tuvalu (PSMT) draws troops from Fiji, Samoa and Tonga.")
    assert "Pacific Stabilisation Mission in Tuvalu" in framework_kinds(x)
    assert not membership_triples(x)


def test_acronym_after_a_name_that_is_no_mission_stays_unread(nlp):
    # the loose letter test is for missions only: a ministry's acronym does not make it a framework
    x = _extract(nlp, "Officials of the Peruvian Army Logistics Command (COLOGE) met in Lima.")
    assert not framework_kinds(x)


def test_numbered_resolution_with_its_body_and_later_bare(nlp):
    x = _extract(nlp, "Peru backed UN Security Council Resolution 2817 on Haiti. Chile later invoked resolution 2817 as well.")
    kinds = framework_kinds(x)
    assert kinds.get("UN Security Council Resolution 2817") == "Agreement"
    assert "resolution 2817" not in kinds  # the same resolution


def test_resolution_without_a_number_is_no_framework(nlp):
    x = _extract(nlp, "The council passed a resolution on Haiti in 2024 and a second resolution in May.")
    assert not [n for n in framework_kinds(x) if "resolution" in n.lower()]


def test_body_named_after_a_regions_states_founded_by_countries(nlp):
    x = _extract(nlp, "Bolivia, Peru and Ecuador formed their own Alliance of Andean States (AEA) last year.")
    assert framework_kinds(x).get("Alliance of Andean States") == "Forum"
    assert membership_triples(x) == {(c, "Alliance of Andean States", "member") for c in ("BOL", "PER", "ECU")}


def test_organisation_of_a_place_is_not_read_past_the_place(nlp):
    x = _extract(nlp, "He addressed the Forum of Andean in Lima and the Alliance of Peru on Monday.")
    assert not [n for n in framework_kinds(x) if "Lima" in n or "Peru" in n]


def test_known_organisation_kept_for_its_member_states_or_leavers(nlp):
    x = _extract(nlp, "The summit brought together the ten ASEAN member states and China. Hungary may quit NATO next year.")
    assert {"ASEAN", "NATO"} <= set(framework_kinds(x))
    assert not membership_triples(x)


def test_known_organisation_merely_named_is_dropped(nlp):
    x = _extract(nlp, "Peru's troops serve in UN peacekeeping missions, and Chile follows NATO standards.")
    assert not {"UN", "NATO"} & set(framework_kinds(x))


def test_staff_talks_with_a_hyphened_to_are_a_dialogue(nlp):
    x = _extract(nlp, "Colonel Rivas will co-chair the Army-to-Army Staff Talks in Lima next month, officials said.")
    assert framework_kinds(x) == {"Army-to-Army Staff Talks": "Dialogue"}


def test_capitalised_consultations_of_a_pair_are_a_dialogue(nlp):
    x = _extract(nlp, "The ministers met in Santiago for the Chile-Peru 2+2 Foreign and Defence Ministerial Consultations.")
    assert framework_kinds(x).get("Chile-Peru 2+2 Foreign and Defence Ministerial Consultations") == "Dialogue"


def test_two_words_before_talks_are_no_name(nlp):
    x = _extract(nlp, "The navies held Staff Talks in Lima, and the Ministerial Consultations ended on Monday.")
    assert not framework_kinds(x)


def test_two_countries_ministers_meeting_is_a_dialogue(nlp):
    x = _extract(nlp, "Chile and Peru agreed to hold the next Chile-Peru Defence Ministers' Meeting in Lima.")
    assert framework_kinds(x).get("Chile-Peru Defence Ministers' Meeting") == "Dialogue"


def test_a_bodys_ministers_meeting_is_not_a_pairs_dialogue(nlp):
    x = _extract(nlp, "Peru attended the Andean Defence Ministers' Meeting and the Lima Ministers' Meeting on Monday.")
    assert not [n for n, k in framework_kinds(x).items() if k == "Dialogue"]


def test_code_of_conduct_with_its_sea_and_its_place(nlp):
    x = _extract(nlp, "Both sides urged a Code of Conduct in the Caribbean Sea and backed the Lima Code of Conduct on piracy.")
    kinds = framework_kinds(x)
    assert kinds.get("Code of Conduct in the Caribbean Sea") == "Agreement"
    assert kinds.get("Lima Code of Conduct") == "Agreement"


def test_a_code_that_is_no_code_of_conduct_is_no_framework(nlp):
    x = _extract(nlp, "Peru amended its Code of Criminal Procedure and the Penal Code in May.")
    assert not framework_kinds(x)


def test_acronym_described_as_a_grouping_and_both_countries_of_the_sentence_before(nlp):
    x = _extract(nlp, "Mr Rojas said Chile viewed Peru as a key partner in the Pacific. Both countries are members of "
                      "the Pacific Rim Defence Compact (PARIDEC), a grouping of nine coastal states.")
    assert "Pacific Rim Defence Compact" in framework_kinds(x)
    assert membership_triples(x) == {("CHL", "Pacific Rim Defence Compact", "member"), ("PER", "Pacific Rim Defence Compact", "member")}


def test_acronym_described_as_an_agency_is_no_grouping(nlp):
    x = _extract(nlp, "Chile and Peru praised the National Maritime Bureau of Surveys (NAMABUS), the navy's survey agency.")
    assert not framework_kinds(x)


def test_both_countries_need_exactly_two_in_the_sentence_before(nlp):
    x = _extract(nlp, "Mr Rojas said Chile, Peru and Bolivia met in Lima. Both countries are members of the "
                      "Pacific Rim Defence Compact (PARIDEC), a grouping of nine coastal states.")
    assert not membership_triples(x)


def test_co_chairs_after_an_opening_phrase(nlp):
    x = _extract(nlp, "For the 2026-2028 cycle, Chile and Peru co-chair the Andean Experts' Working Group on Demining, one of five groups.")
    assert membership_triples(x) == {(c, "Andean Experts' Working Group on Demining", "co-chair") for c in ("CHL", "PER")}


def test_officials_of_countries_who_co_chair_do_not_make_them_co_chairs(nlp):
    x = _extract(nlp, "In May, the defence secretaries of Chile and Peru co-chair the Andean Experts' Working Group on Demining.")
    assert not membership_triples(x)


def test_known_organisation_kept_for_the_participation_in_it(nlp):
    x = _extract(nlp, "Peru praised Chile's participation in the Combined Maritime Forces and the International Maritime Security Construct.")
    assert {"CMF", "IMSC"} <= set(framework_kinds(x))


def test_document_title_goes_on_in_the_field_of(nlp):
    x = _extract(nlp, "Chile and Peru signed a Memorandum of Understanding on Cooperation in the field of Military Education.")
    assert "Memorandum of Understanding on Cooperation in the field of Military Education" in framework_kinds(x)


def test_in_the_field_of_without_a_document_is_no_name(nlp):
    x = _extract(nlp, "Chile and Peru held talks with Defence Officials in the field of Military Education.")
    assert not framework_kinds(x)


def test_pairs_lowercase_dialogue_and_protocol_as_written(nlp):
    x = _extract(nlp, "They will hold the Chile-Peru defence strategic dialogue in Lima and signed a Chile-Peru border protocol.")
    kinds = framework_kinds(x)
    assert kinds.get("Chile-Peru defence strategic dialogue") == "Dialogue"
    assert kinds.get("Chile-Peru border protocol") == "Agreement"


def test_a_dialogue_without_a_country_pair_is_no_name(nlp):
    x = _extract(nlp, "They praised the frank strategic dialogue and the new defence protocol.")
    assert not framework_kinds(x)


def test_operations_states_share_are_frameworks(nlp):
    for text, name in (("Chile joined Operation Southern Shield in May.", "Operation Southern Shield"),
                       ("Peru sent a frigate to the US-led Operation Southern Shield.", "Operation Southern Shield"),
                       ("Chile's participation in Operation Southern Shield ended in May.", "Operation Southern Shield")):
        assert name in framework_kinds(_extract(nlp, text)), text


def test_a_national_operation_is_no_framework(nlp):
    for text in ("Peru sent warships on port calls under Operation Condor Watch, which escorted its vessels.",
                 "He paid homage to soldiers who died during Operation Condor Watch."):
        assert not framework_kinds(_extract(nlp, text)), text


def test_building_works_project_is_no_programme(nlp):
    x = _extract(nlp, "Chile is building the Isla Grande harbour project, and Peru funds the Condor drone project.")
    kinds = framework_kinds(x)
    assert not [n for n in kinds if "Isla Grande" in n]
    assert kinds.get("Condor") == "Initiative"


def test_a_bodys_gathering_of_chiefs_is_no_framework(nlp):
    x = _extract(nlp, "Peru hosted the first BRICS Army Chiefs' Conclave and the Conclave of Chiefs of the Andean Naval Forum (ANF).")
    assert not [n for n in framework_kinds(x) if "Conclave" in n]


def test_a_standing_ministers_conclave_owned_by_none_is_a_framework(nlp):
    x = _extract(nlp, "Chile hosts the Chile-Oceania Defence Ministers' Conclave every two years.")
    assert "Chile-Oceania Defence Ministers' Conclave" in framework_kinds(x)


def test_body_a_framework_has_as_its_own(nlp):
    x = _extract(nlp, "The BRICS, founded in 2009, has its Regional Grain Reserve Structure (RGRS) headquartered in Lima.")
    assert framework_kinds(x).get("Regional Grain Reserve Structure") == "Organisation"


def test_a_countrys_own_body_with_acronym_is_no_framework(nlp):
    x = _extract(nlp, "Chile set up its National Security Council Secretariat (NSCS) in 1999.")
    assert not framework_kinds(x)
    assert not membership_triples(x)


def test_exercise_named_after_a_bodys_exercise(nlp):
    x = _extract(nlp, "The Eastern Andes Standby Force (EASF) comprises Chile, Peru and Bolivia. "
                      "Chile will host the EASF field training exercise, Condor Salam, in Arica in June.")
    kinds = framework_kinds(x)
    assert kinds.get("Condor Salam") == "Exercise"
    assert kinds.get("Eastern Andes Standby Force") == "Organisation"


def test_a_name_before_exercise_is_still_its_name(nlp):
    x = _extract(nlp, "Chile and Peru held the Condor Salam exercise in Arica in June.")
    assert framework_kinds(x).get("Condor Salam") == "Exercise"


def test_short_name_of_another_pairs_body_is_not_merged(nlp):
    x = _extract(nlp, "Chile and Peru agreed to establish a Chile-Peru Joint Permanent Commission on Defence. "
                      "A month earlier, Chile and Bolivia held the fourth session of their Joint Permanent Commission on Defence.")
    assert {"Chile-Peru Joint Permanent Commission on Defence", "Joint Permanent Commission on Defence"} <= set(framework_kinds(x))


def test_short_name_of_the_same_pairs_body_is_merged(nlp):
    x = _extract(nlp, "Chile and Peru held the Chile-Peru Joint Permanent Commission on Defence in Lima. "
                      "Chile and Peru said the Joint Permanent Commission on Defence would meet again in 2027.")
    assert "Joint Permanent Commission on Defence" not in framework_kinds(x)


def test_exercise_names_with_a_region_three_kind_words_an_edition_or_set_off(nlp):
    cases = (("Their forces took part in the Andean Gulf Security exercise.", "Andean Gulf Security"),
             ("They reviewed the Condor trilateral coast guard exercise.", "Condor"),
             ("The council discussed the joint exercise Andean Gulf Shield 4, planned for next year.", "Andean Gulf Shield 4"),
             ("Chile wants to expand the scope of CHIPEX, the bilateral naval exercise, next year.", "CHIPEX"))
    for text, name in cases:
        assert framework_kinds(_extract(nlp, text)).get(name) == "Exercise", text


def test_place_or_role_before_exercise_is_no_exercise_name(nlp):
    for text in ("Chile and Peru held the Lima naval exercise in June.",
                 "Chile invited Peru, the host of a naval exercise, to Lima.",
                 "They held exercise Condor Knight 3 times last year."):
        kinds = framework_kinds(_extract(nlp, text))
        assert not [n for n in kinds if "Lima" in n or "Peru" in n or n.endswith("3")], text


def test_document_named_after_the_town_it_was_signed_in(nlp):
    assert "Treaty of Arica" in framework_kinds(_extract(nlp, "Chile and Peru signed the Treaty of Arica in 1929."))
    assert "Declaration of Cusco" in framework_kinds(_extract(nlp, "The ministers adopted the Declaration of Cusco on Monday."))


def test_document_of_a_country_is_no_name(nlp):
    assert not framework_kinds(_extract(nlp, "He signed an Agreement of Peru with its neighbours."))
