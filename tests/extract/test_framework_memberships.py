"""Framework names and memberships on invented sentences (no names or countries from the tuning sets)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))
_frameworks = framework_kinds
_memberships = membership_triples


def test_regional_cooperation_forum_and_its_members(nlp):
    x = _extract(nlp, "The Danube-Volga Cooperation comprises Austria, Hungary and Serbia, and covers river transport.")
    assert _frameworks(x).get("Danube-Volga Cooperation") == "Forum"
    assert _memberships(x) == {("AUT", "Danube-Volga Cooperation", "member"), ("HUN", "Danube-Volga Cooperation", "member"),
                               ("SRB", "Danube-Volga Cooperation", "member")}


def test_cooperation_between_countries_is_not_a_forum(nlp):
    x = _extract(nlp, "Ministers reviewed the Chile-Peru Defence Cooperation and agreed to meet again.")
    assert "Chile-Peru Defence Cooperation" not in _frameworks(x)


def test_concept_outlook_and_corridor_heads(nlp):
    x = _extract(nlp, "He backed the Nordic Outlook on the Arctic (NOA), the Integrated Coastal Defense Concept (ICDC) "
                      "and the Baltic-Adriatic Transport Corridor (BATC).")
    fws = _frameworks(x)
    assert fws.get("Nordic Outlook on the Arctic") == "Policy"
    assert fws.get("Integrated Coastal Defense Concept") == "Policy"
    assert fws.get("Baltic-Adriatic Transport Corridor") == "Initiative"


def test_signatories_are_members(nlp):
    x = _extract(nlp, "Chile and Peru are also both signatories to the Pacific Rim Trade Corridor (PRTC).")
    assert _memberships(x) == {("CHL", "Pacific Rim Trade Corridor", "member"), ("PER", "Pacific Rim Trade Corridor", "member")}


def test_plus_forum_partners_after_colon_and_member_states_listed_later(nlp):
    text = ("The ADMM-Plus brings together defence ministers of the ten ASEAN member states and eight dialogue partners: "
            "Canada, Chile and Peru. ASEAN's members include Brunei and Laos.")
    got = _memberships(_extract(nlp, text))
    assert {("CAN", "ADMM-Plus", "dialogue partner"), ("CHL", "ADMM-Plus", "member"), ("PER", "ADMM-Plus", "dialogue partner"),
            ("BRN", "ASEAN", "member"), ("BRN", "ADMM-Plus", "member"), ("LAO", "ADMM-Plus", "member")} <= got
    assert ("CAN", "ASEAN", "member") not in got


def test_plus_suffix_makes_another_forum(nlp):
    x = _extract(nlp, "Officials met at the ASEAN Defence Senior Officials' Meeting-Plus (ADSOM-Plus) in Hanoi.")
    assert "ADSOM-Plus" in _frameworks(x)
    assert "ADSOM" not in _frameworks(x)


def test_co_chairs_named_as_such(nlp):
    text = ("The minister said Chile and Peru, as co-chairs of the ADMM-Plus Experts' Working Group on Cyber Security "
            "for the 2024-2027 cycle, would host a workshop.")
    assert _memberships(_extract(nlp, text)) == {
        ("CHL", "ADMM-Plus Experts' Working Group on Cyber Security", "co-chair"),
        ("PER", "ADMM-Plus Experts' Working Group on Cyber Security", "co-chair")}


def test_co_chaired_name_stops_before_the_time_and_place(nlp):
    x = _extract(nlp, "Chile and Peru co-chaired the ADMM-Plus Experts' Working Group on Peacekeeping during the 2017-2020 cycle.")
    assert "ADMM-Plus Experts' Working Group on Peacekeeping" in _frameworks(x)
    assert ("PER", "ADMM-Plus Experts' Working Group on Peacekeeping", "co-chair") in _memberships(x)


def test_officials_who_co_chair_a_committee_meeting_do_not_make_their_countries_co_chairs(nlp):
    text = ("Defence Secretary Tomas Ruiz co-chaired the 13th meeting of the Chile-Peru Joint Military Cooperation "
            "Committee in Lima with Peru's Secretary General Juan Prado.")
    x = _extract(nlp, text)
    assert "Chile-Peru Joint Military Cooperation Committee" in _frameworks(x)
    assert not x.memberships


def test_policy_name_without_its_possessive_owner(nlp):
    x = _extract(nlp, "Chile is a pillar of Peru's Look South Policy.")
    (fw,) = [f for f in x.frameworks if f.kind == "Policy"]
    assert (fw.name, fw.owner) == ("Look South Policy", "PER")


def test_names_that_run_through_a_country(nlp):
    text = ("They reviewed the Joint Vision Statement on Chile-Peru Defence Partnership towards 2030. "
            "The 5th Chile-Republic of Korea Defence Policy Dialogue was held.")
    fws = _frameworks(_extract(nlp, text))
    assert "Joint Vision Statement on Chile-Peru Defence Partnership towards 2030" in fws
    assert "Chile-Republic of Korea Defence Policy Dialogue" in fws
    assert "Korea Defence Policy Dialogue" not in fws


def test_memorandum_name_stops_before_its_date(nlp):
    x = _extract(nlp, "Chile and Peru signed a Memorandum of Understanding on Defence Cooperation on April 5, 2025, in Lima.")
    assert "Memorandum of Understanding on Defence Cooperation" in _frameworks(x)


def test_observer_with_perfect_tense(nlp):
    x = _extract(nlp, "Chile has been an observer at the Andean Commission since March 2020.")
    assert _memberships(x) == {("CHL", "Andean Commission", "observer")}


def test_exercise_whose_participants_are(nlp):
    text = "They discussed Exercise Condor, the trilateral coast guard exercise whose participants are Chile, Peru and Bolivia."
    got = _memberships(_extract(nlp, text))
    assert {c for c, _, role in got if role == "member"} == {"CHL", "PER", "BOL"}


def test_the_head_word_refers_back_to_the_framework(nlp):
    text = ("Chile has been an observer at the Andean Commission since 2020. The Commission groups Peru, Bolivia and "
            "Ecuador together with France, on behalf of its overseas department.")
    got = _memberships(_extract(nlp, text))
    assert got == {("CHL", "Andean Commission", "observer"), ("PER", "Andean Commission", "member"),
                   ("BOL", "Andean Commission", "member"), ("ECU", "Andean Commission", "member"),
                   ("FRA", "Andean Commission", "member")}


def test_named_programme_joined_and_its_members(nlp):
    text = "Chile joined the Skyhawk programme as an observer state in 2025. The programme's members are Peru, Bolivia and Spain."
    x = _extract(nlp, text)
    assert _frameworks(x).get("Skyhawk") == "Initiative"
    assert _memberships(x) == {("CHL", "Skyhawk", "observer"), ("PER", "Skyhawk", "member"), ("BOL", "Skyhawk", "member"),
                               ("ESP", "Skyhawk", "member")}


def test_the_head_word_without_a_recent_framework_is_nothing(nlp):
    x = _extract(nlp, "The ministers met in Lima. The Commission groups Peru, Bolivia and Ecuador.")
    assert not x.memberships


def test_coalition_described_before_its_dashed_list(nlp):
    text = ("Norway also leads the Arctic Response Coalition (ARC), a coalition of five northern European countries – "
            "Norway, Denmark, Finland, Iceland and Sweden – that can deploy at short notice.")
    got = _memberships(_extract(nlp, text))
    assert {c for c, _, role in got if role == "member"} == {"NOR", "DNK", "FIN", "ISL", "SWE"}


def test_so_called_grouping_of_ministers_from_countries(nlp):
    text = ("Chile and Peru are also part of the so-called Quartet, an informal grouping of defence ministers from "
            "Chile, Peru, Spain and Portugal that has held joint drills since 2021.")
    got = _memberships(_extract(nlp, text))
    assert got == {(c, "Quartet", "member") for c in ("CHL", "PER", "ESP", "PRT")}


def test_whose_membership_after_a_bracketed_acronym(nlp):
    text = ("Chile and Peru are also founding members of the Lima-based Pacific Fisheries Forum (PFF), whose membership "
            "includes Ecuador, Colombia and Panama.")
    got = _memberships(_extract(nlp, text))
    assert got == {(c, "Pacific Fisheries Forum", "member") for c in ("CHL", "PER", "ECU", "COL", "PAN")}


def test_acronym_in_another_language_with_member_states(nlp):
    text = ("It is run by the Organisation for Joint Naval Procurement (OCNA), whose member states are Chile, Peru and Spain.")
    x = _extract(nlp, text)
    assert _frameworks(x).get("Organisation for Joint Naval Procurement") == "Organisation"
    assert {c for c, _, _ in _memberships(x)} == {"CHL", "PER", "ESP"}


def test_unmatched_acronym_without_members_is_not_a_framework(nlp):
    x = _extract(nlp, "He visited the Directorate for Joint Naval Procurement (OCNA) in Lima.")
    assert "Directorate for Joint Naval Procurement" not in _frameworks(x)


def test_exercise_names_with_edition_numbers_and_years(nlp):
    text = ("Chilean and Peruvian forces concluded the Condor-14 joint exercise off Arica. Chile and Peru last month "
            "conducted a joint naval exercise, Puma-21, in the Pacific. They prepared for Exercise Southern Star 2025, "
            "the largest drill.")
    fws = _frameworks(_extract(nlp, text))
    assert {"Condor-14", "Puma-21", "Exercise Southern Star 2025"} <= {n for n, k in fws.items() if k == "Exercise"}


def test_quoted_policy_with_a_modifier_before_the_kind_word(nlp):
    x = _extract(nlp, "The minister reiterated Chile's \"Three Nos\" defence policy – no alliances, no bases.")
    (fw,) = [f for f in x.frameworks if f.name == "Three Nos"]
    assert (fw.kind, fw.owner) == ("Policy", "CHL")


def test_forces_attending_an_exercise_as_observers(nlp):
    text = ("Chilean and Peruvian forces concluded the Condor-14 joint exercise off Arica. The defence minister said the "
            "drill showed the strength of the relationship. Officials praised the crews. Forces from France, Jordan and "
            "Bahrain attended as observers, the statement added.")
    got = _memberships(_extract(nlp, text))
    assert got == {("FRA", "Condor-14", "observer"), ("JOR", "Condor-14", "observer"), ("BHR", "Condor-14", "observer")}


def test_observer_attending_the_meetings_of_the_listed_grouping(nlp):
    text = "The Andean Security Conclave comprises Peru, Bolivia and Ecuador, while Chile attends its meetings as an observer."
    got = _memberships(_extract(nlp, text))
    assert ("CHL", "Andean Security Conclave", "observer") in got
    assert ("CHL", "Andean Security Conclave", "member") not in got


def test_future_observer_is_not_an_observer(nlp):
    x = _extract(nlp, "Chilean forces began the Condor-14 joint exercise. Forces from France will attend as observers.")
    assert not x.memberships


def test_group_named_beside_a_company_is_a_company(nlp):
    text = "They witnessed an MoU between Chile's state-run Andes Electronics Ltd and Peru's CONDOR Group."
    assert "CONDOR Group" not in _frameworks(_extract(nlp, text))
    assert "Peru's CONDOR Group" not in _frameworks(_extract(nlp, text))


def test_coordinated_patrol_is_an_exercise(nlp):
    x = _extract(nlp, "They reviewed the 12th Chile-Peru Coordinated Patrol (CHI-PER CORPAT), due in May.")
    assert _frameworks(x).get("Chile-Peru Coordinated Patrol") == "Exercise"


def test_known_exercise_written_with_exercise_is_one_framework(nlp):
    x = _extract(nlp, "The armies of India and the United States will conduct Exercise Yudh Abhyas in Alaska.")
    (fw,) = [f for f in x.frameworks if "Yudh Abhyas" in f.name]
    assert fw.name == "Yudh Abhyas" and "Exercise Yudh Abhyas" in fw.aliases
    assert set(fw.countries) == {"IND", "USA"}


def test_dialogue_partner_and_member_stated_together(nlp):
    x = _extract(nlp, "Chile has been an ASEAN Dialogue Partner since 1992 and a member of the ADMM-Plus since its inception in 2010.")
    assert _memberships(x) == {("CHL", "ASEAN", "dialogue partner"), ("CHL", "ADMM-Plus", "member")}


def test_not_a_dialogue_partner(nlp):
    x = _extract(nlp, "Chile is not an ASEAN Dialogue Partner.")
    assert not x.memberships


def test_exercise_co_hosts_and_participating_countries(nlp):
    text = ("The second edition of the Andes-Pacific Sea Maritime Engagement (APSEAME), co-hosted by the Chilean Navy "
            "and the Peruvian Navy, began on Tuesday. Besides co-hosts Chile and Peru, the participating countries are "
            "Ecuador, Colombia and Panama, officials said.")
    x = _extract(nlp, text)
    name = "Andes-Pacific Sea Maritime Engagement"
    assert _frameworks(x).get(name) == "Exercise"
    assert _memberships(x) == {("CHL", name, "co-chair"), ("PER", name, "co-chair"), ("CHL", name, "member"),
                               ("PER", name, "member"), ("ECU", name, "member"), ("COL", name, "member"),
                               ("PAN", name, "member")}


def test_participating_countries_without_an_exercise(nlp):
    x = _extract(nlp, "The ministers met in Lima. The participating countries are Ecuador, Colombia and Panama.")
    assert not x.memberships


def test_named_roadmap_with_a_year(nlp):
    x = _extract(nlp, "The talks will review the defence pillar of the Horizon 2040 roadmap adopted in July 2023.")
    (fw,) = x.frameworks
    assert (fw.name, fw.kind) == ("Horizon 2040", "Agreement")
    assert "Horizon 2040 roadmap" in fw.aliases


def test_agreement_described_after_a_country_pair(nlp):
    x = _extract(nlp, "They agreed to accelerate talks on a new Chile-Peru defence and security treaty, which they hope to sign.")
    assert _frameworks(x) == {"Chile-Peru defence and security treaty": "Agreement"}


def test_agreement_described_without_a_country_pair_is_nothing(nlp):
    x = _extract(nlp, "India and Peru signed a trade agreement and a defence pact in Lima.")
    assert not x.frameworks


def test_known_exercise_with_its_year_is_the_known_exercise(nlp):
    x = _extract(nlp, "They discussed preparations for Exercise Yudh Abhyas 2025, the largest drill between India and the United States.")
    (fw,) = [f for f in x.frameworks if "Yudh Abhyas" in f.name]
    assert fw.name == "Yudh Abhyas" and "Exercise Yudh Abhyas 2025" in fw.aliases


def test_border_patrol_is_not_an_exercise(nlp):
    x = _extract(nlp, "Officers of the Chilean Border Patrol met their Peruvian counterparts in Arica.")
    assert "Chilean Border Patrol" not in _frameworks(x) and "Border Patrol" not in _frameworks(x)


def test_fellow_members_named_after_the_framework(nlp):
    text = ("Chile is also a member of the Pacific Security Conclave, along with Peru, Ecuador and Colombia. "
            "Spain is an observer at the Andean Forum (AF) alongside Portugal, which will host the next round.")
    got = _memberships(_extract(nlp, text))
    assert got == {("CHL", "Pacific Security Conclave", "member"), ("PER", "Pacific Security Conclave", "member"),
                   ("ECU", "Pacific Security Conclave", "member"), ("COL", "Pacific Security Conclave", "member"),
                   ("ESP", "Andean Forum", "observer"), ("PRT", "Andean Forum", "observer")}


def test_member_states_dialogue_partner_of_and_relative_joined(nlp):
    text = ("Chile and Peru are member states of the Pacific Security Conclave. Spain is a dialogue partner of ASEAN. "
            "Ecuador, which joined BRICS as a full member in January 2025, attended.")
    got = _memberships(_extract(nlp, text))
    assert got == {("CHL", "Pacific Security Conclave", "member"), ("PER", "Pacific Security Conclave", "member"),
                   ("ESP", "ASEAN", "dialogue partner"), ("ECU", "BRICS", "member")}


def test_observers_in_a_named_exercise_not_the_forum_before(nlp):
    text = ("Chile and Peru are members of the Pacific Security Conclave. "
            "Spain and Portugal participated as observers in Exercise Yudh Abhyas.")
    got = _memberships(_extract(nlp, text))
    assert ("ESP", "Yudh Abhyas", "observer") in got and ("PRT", "Yudh Abhyas", "observer") in got
    assert not any(c in ("ESP", "PRT") and f == "Pacific Security Conclave" for c, f, _ in got)


def test_two_plus_two_dialogue_name(nlp):
    x = _extract(nlp, "The ministers attended the 3rd Chile-Peru 2+2 Ministerial Dialogue in Lima.")
    assert _frameworks(x) == {"Chile-Peru 2+2 Ministerial Dialogue": "Dialogue"}


def test_co_chaired_by_countries_not_officials(nlp):
    text = ("The ADMM-Plus Experts' Working Group on Peacekeeping Operations, which is co-chaired by Spain and Portugal "
            "for the 2024-2027 cycle, will meet in May. The 14th Chile-Peru Defence Policy Dialogue, which was co-chaired "
            "by Defence Secretary Juan Soto and Peru's Deputy Minister Ana Ruiz, was held.")
    got = _memberships(_extract(nlp, text))
    assert got == {("ESP", "ADMM-Plus Experts' Working Group on Peacekeeping Operations", "co-chair"),
                   ("PRT", "ADMM-Plus Experts' Working Group on Peacekeeping Operations", "co-chair")}


def test_named_grouping_of_countries(nlp):
    text = "They discussed the four-nation Quad grouping of Chile, Peru, Spain and Portugal. The ASEAN partnership with Chile and Peru grew."
    got = _memberships(_extract(nlp, text))
    assert got == {(c, "Quad", "member") for c in ("CHL", "PER", "ESP", "PRT")}


def test_line_of_credit_and_implementing_arrangement_are_agreements(nlp):
    text = ("They reviewed projects under the USD 500 million Defence Line of Credit extended to Peru, and signed an "
            "Implementing Arrangement for Mutual Submarine Rescue Support. Troops stood along the Line of Actual Control.")
    assert _frameworks(_extract(nlp, text)) == {"Defence Line of Credit": "Agreement",
                                                 "Implementing Arrangement for Mutual Submarine Rescue Support": "Agreement"}


def test_named_contract_keeps_its_description(nlp):
    x = _extract(nlp, "The secretary reviewed the Condor supply contract signed in January 2022.")
    assert _frameworks(x) == {"Condor supply contract": "Agreement"}


def test_observer_status(nlp):
    text = ("Chile has observer status in the Arctic Council. Peru was granted observer status at ASEAN in 2022. "
            "Spain, which holds observer status with the Pacific Islands Forum, attended. "
            "Bolivia does not have observer status in ASEAN.")
    got = _memberships(_extract(nlp, text))
    assert {(c, role) for c, _, role in got} == {("CHL", "observer"), ("PER", "observer"), ("ESP", "observer")}
    assert ("PER", "ASEAN", "observer") in got


def test_what_a_subject_includes_takes_its_role(nlp):
    text = ("ASEAN's dialogue partners include Chile, Peru and Spain. The Quad's observers include Bolivia and Ecuador. "
            "ASEAN's trading partners include Brazil and Uruguay.")
    got = _memberships(_extract(nlp, text))
    assert got == {("CHL", "ASEAN", "dialogue partner"), ("PER", "ASEAN", "dialogue partner"), ("ESP", "ASEAN", "dialogue partner"),
                   ("BOL", "Quad", "observer"), ("ECU", "Quad", "observer")}


def test_geographic_corridor_and_report_outlook_are_not_frameworks(nlp):
    text = ("Troops guard the Tarija Corridor near the border. They backed the Arica-Santos Maritime Corridor and the "
            "Andean Outlook on the Pacific (AOP). The Lima Strategic Outlook was published.")
    assert _frameworks(_extract(nlp, text)) == {"Arica-Santos Maritime Corridor": "Initiative",
                                                 "Andean Outlook on the Pacific": "Policy"}


def test_members_listed_with_an_observer_after_them(nlp):
    x = _extract(nlp, "The Pacific Security Conclave's members are Chile, Peru and Ecuador, with Spain as an observer.")
    assert _memberships(x) == {("CHL", "Pacific Security Conclave", "member"), ("PER", "Pacific Security Conclave", "member"),
                               ("ECU", "Pacific Security Conclave", "member"), ("ESP", "Pacific Security Conclave", "observer")}


def test_quoted_exercise_names(nlp):
    text = ("Chile and Peru held the tri-service exercise \"Condor Triumph\" in Arica. "
            "The exercise 'was a success', the spokesman said.")
    assert _frameworks(_extract(nlp, text)) == {"Condor Triumph": "Exercise"}


def test_names_paired_before_plural_exercises(nlp):
    x = _extract(nlp, "The chiefs reviewed the Garuda Shield and KOMODEX exercises with Indonesia.")
    assert _frameworks(x).get("Garuda Shield") == "Exercise"
    assert _frameworks(x).get("KOMODEX") == "Exercise"


def test_countries_before_plural_exercises_are_no_names(nlp):
    x = _extract(nlp, "He praised Chile and Peru exercises held last year.")
    assert not any(kind == "Exercise" for kind in _frameworks(x).values())


def test_acronym_before_lowercase_vision_is_a_policy(nlp):
    x = _extract(nlp, "The port call is part of Indonesia's outreach under the NUSANTARA vision.")
    assert _frameworks(x).get("NUSANTARA") == "Policy"


def test_an_organisations_possessive_is_not_part_of_a_framework_name(nlp):
    x = _extract(nlp, "Norway, Iceland and Estonia are members of OSCE's Baltic Maritime Initiative, which met in Tallinn.")
    assert "Baltic Maritime Initiative" in _frameworks(x)
    assert not any(name.startswith("OSCE") and "Baltic" in name for name in _frameworks(x))
    assert ("NOR", "Baltic Maritime Initiative", "member") in _memberships(x)


def test_a_possessive_inside_a_name_stays(nlp):
    x = _extract(nlp, "The People's Maritime Dialogue of Fiji and Tonga met in Suva.")
    assert not any(name.startswith("Maritime Dialogue") for name in _frameworks(x))


def test_a_document_title_goes_on_after_of_the_or_on_the(nlp):
    x = _extract(nlp, "Chile and Peru signed a Memorandum of Cooperation on the Coastal Radar Programme on Friday.")
    assert "Memorandum of Cooperation on the Coastal Radar Programme" in _frameworks(x)
    assert "Coastal Radar Programme" not in _frameworks(x)


def test_a_name_stops_before_of_the_and_a_country(nlp):
    x = _extract(nlp, "The Lagoon Security Dialogue of the Netherlands and Belgium met in Ghent.")
    assert not any("Netherlands" in name for name in _frameworks(x))


def test_a_capitalised_word_at_the_start_of_a_sentence_does_not_start_a_title_over_of_the(nlp):
    x = _extract(nlp, "Members of the Pentad Group include Chile, Peru, Ecuador and Colombia.")
    assert "Members of the Pentad Group" not in _frameworks(x)
    assert "Pentad Group" in _frameworks(x)


def test_a_grouping_known_as_a_quoted_name_is_a_forum_with_its_members(nlp):
    x = _extract(nlp, 'Members of the informal grouping known as the "Pentad" include Chile, Peru, Ecuador and Colombia, '
                      "whose navy chiefs have met twice since 2023.")
    assert _frameworks(x).get("Pentad") == "Forum"
    assert {c for c, fw, role in _memberships(x) if fw == "Pentad" and role == "member"} == {"CHL", "PER", "ECU", "COL"}


def test_a_lower_case_nickname_known_as_is_no_forum(nlp):
    x = _extract(nlp, 'The minister is a member of a group known as "the old guard" in Lima.')
    assert not any("old guard" in name.lower() for name in _frameworks(x))


def test_two_countries_members_of_a_grouping_known_by_its_acronym_only(nlp):
    x = extract_text(nlp, "Chile and Peru are both members of PALKO, the four-member grouping of Pacific powers.")
    assert framework_kinds(x).get("PALKO") == "Forum"
    assert {("CHL", "PALKO", "member"), ("PER", "PALKO", "member")} <= membership_triples(x)


def test_one_person_member_of_an_acronym_is_no_grouping(nlp):
    x = extract_text(nlp, "Ana Soto, a senior member of PALKO, met the envoys in Lima on Monday.")
    assert "PALKO" not in framework_kinds(x)
