"""Roles said without naming their body ("are among its observers", "are observer states",
"X, an observer, ...", "the five member states (A, B, ...)"), lists set off by "--", co-chairs
("F will be co-chaired by", "A and B co-chair the F"), founders, "F countries A and B", bodies that
admit countries, and what is no role ("former members", "non-NATO", a named "Alliance of ..."); each
with a negative a careless rule would read as a role."""

from __future__ import annotations

from extract_helpers import members_stated


def test_among_its_observers_two_sentences_after_the_body(nlp):
    text = ("The Western Pacific Naval Symposium (WPNS) met in Suva this week. Its members include Chile, Peru and Canada. "
            "Colombia and Ecuador are among its observers.")
    got = members_stated(text, nlp)
    assert {("COL", "WPNS", "observer"), ("ECU", "WPNS", "observer")} <= got


def test_observer_states_said_of_the_body_in_focus(nlp):
    text = ("The Collective Security Treaty Organization comprises Armenia, Belarus, Kazakhstan and Russia. "
            "Serbia and Afghanistan are observer states, while the bloc holds drills every year.")
    got = members_stated(text, nlp)
    assert {("SRB", "CSTO", "observer"), ("AFG", "CSTO", "observer")} <= got


def test_an_apposed_observer(nlp):
    text = ("Defence chiefs of the Organization of American States met in Lima on Tuesday. "
            "Spain, an observer, was represented by its ambassador.")
    assert ("ESP", "OAS", "observer") in members_stated(text, nlp)


def test_bracketed_list_after_the_member_states(nlp):
    text = ("Ministers of the Southern African Development Community (SADC) met in Lusaka. "
            "The three member states (Zambia, Malawi and Botswana) agreed to share radar data.")
    got = members_stated(text, nlp)
    assert {(iso, "SADC", "member") for iso in ("ZMB", "MWI", "BWA")} <= got


def test_no_role_in_focus_when_hoped_for_negated_or_future(nlp):
    text = ("Ministers of the Southern African Development Community (SADC) met in Lusaka. "
            "Comoros hopes to become an observer. Ghana is not an observer. Kenya will be an observer.")
    got = members_stated(text, nlp)
    assert not any(iso in ("COM", "GHA", "KEN") for iso, _, _ in got)


def test_no_role_in_focus_when_two_bodies_are_in_view(nlp):
    text = ("Ministers of the Southern African Development Community (SADC) and of the East African Community (EAC) "
            "met in Lusaka. Spain, an observer, was represented by its ambassador.")
    assert not any(iso == "ESP" for iso, _, _ in members_stated(text, nlp))


def test_typed_dash_list_after_member_states(nlp):
    text = ("The four Visegrad Group member states -- Poland, Hungary, Czechia and Slovakia -- agreed on a joint "
            "air policing plan.")
    got = members_stated(text, nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE", "SVK")} <= got


def test_a_session_of_days_is_not_the_body_gathering_guests(nlp):
    text = ("Army chiefs gathered for the Nordic Army Chiefs' Conclave in Oslo. "
            "The two-day conclave brings together military leaders from the five NORDEFCO member states. "
            "NORDEFCO brings together Denmark, Finland, Iceland, Norway and Sweden.")
    got = members_stated(text, nlp)
    assert not any("Conclave" in name for _, name, _ in got)
    assert ("DNK", "NORDEFCO", "member") in got


def test_members_of_a_council_are_not_its_possessive_owners(nlp):
    text = ("The Organization of American States' Permanent Council, whose 34 members currently include Peru, Chile "
            "and Brazil, is due to meet in May.")
    got = members_stated(text, nlp)
    assert not any(name == "OAS" for _, name, _ in got)


def test_passive_will_be_co_chaired_by_countries(nlp):
    text = ("Ministers approved the plans of the Working Group on Cyber Defence. "
            "The Working Group on Cyber Defence will be co-chaired by Estonia and Poland for the next two years.")
    got = members_stated(text, nlp)
    assert {("EST", "Working Group on Cyber Defence", "co-chair"), ("POL", "Working Group on Cyber Defence", "co-chair")} <= got


def test_participle_co_chaired_after_a_framework(nlp):
    text = ("The council welcomed the outcome of the latest meeting of the Nordic-Baltic Working Group on Air Defence, "
            "co-chaired by Norway and Lithuania, and discussed a joint exercise.")
    got = members_stated(text, nlp)
    assert {("NOR", "co-chair"), ("LTU", "co-chair")} <= {(iso, role) for iso, _, role in got}


def test_a_meeting_co_chaired_by_countries_is_no_body(nlp):
    text = "The meeting will be co-chaired by Estonia and Poland, officials said."
    assert not members_stated(text, nlp)


def test_of_which_a_founding_member_along_with_others(nlp):
    text = ("The Nordic Defence Cooperation (NORDEFCO), of which Norway is a founding member along with Denmark and "
            "Iceland, met in Bergen.")
    got = members_stated(text, nlp)
    assert {(iso, "NORDEFCO", "member") for iso in ("NOR", "DNK", "ISL")} <= got


def test_joined_as_its_ordinal_member(nlp):
    text = ("The Western Pacific Naval Symposium (WPNS) was set up by Chile and Peru in 1988. "
            "Canada joined as its third member in 1990.")
    assert ("CAN", "WPNS", "member") in members_stated(text, nlp)


def test_joined_as_a_guest_names_no_body(nlp):
    text = ("The Western Pacific Naval Symposium (WPNS) was set up by Chile and Peru in 1988. "
            "Canada joined the talks as a guest in 1990.")
    assert not any(iso == "CAN" for iso, _, _ in members_stated(text, nlp))


def test_both_countries_are_members_of(nlp):
    text = ("Poland and Hungary signed a logistics pact in 2019. Both countries are members of the Visegrad Group, "
            "along with Czechia and Slovakia.")
    got = members_stated(text, nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE", "SVK")} <= got


def test_both_countries_need_a_pair_named_before(nlp):
    text = ("Poland, Hungary and Czechia signed a logistics pact in 2019. Both countries are members of the Visegrad Group.")
    got = members_stated(text, nlp)
    assert not any(iso in ("POL", "HUN", "CZE") for iso, _, _ in got)


def test_a_name_negated_by_non_is_no_body(nlp):
    text = "Austria is a non-NATO member of the EU. Morocco is a major non-NATO ally of the United States."
    got = members_stated(text, nlp)
    assert ("AUT", "EU", "member") in got
    assert not any(name == "NATO" for _, name, _ in got)


def test_countries_that_founded_a_body(nlp):
    got = members_stated("Poland, Hungary, Czechia and Slovakia founded the Visegrad Group in 1991.", nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE", "SVK")} <= got
    got = members_stated("The Visegrad Group, formed by Poland, Hungary and Czechia in 1991, met in Prague.", nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE")} <= got


def test_no_founders_when_planned_or_in_a_clause_on_the_subject(nlp):
    for text in ("Poland and Hungary plan to form a Visegrad Group of their own.",
                 "Poland and Hungary will launch the Visegrad Group next year.",
                 "The summit, hosted by Poland and Hungary, launched the Visegrad Group."):
        assert not members_stated(text, nlp), text


def test_countries_named_after_framework_countries_or_allies(nlp):
    got = members_stated("Ministers from the NORDEFCO countries Denmark, Norway and Sweden met in Oslo.", nlp)
    assert {(iso, "NORDEFCO", "member") for iso in ("DNK", "NOR", "SWE")} <= got
    assert members_stated("NATO allies Poland and Lithuania called for more troops.", nlp) == {
        ("POL", "NATO", "member"), ("LTU", "NATO", "member")}


def test_no_members_when_the_framework_countries_are_not_followed_by_a_list(nlp):
    assert not members_stated("The ASEAN countries and China agreed on a code of conduct.", nlp)


def test_one_of_the_counted_members(nlp):
    assert members_stated("Ghana is one of the 15 members of ECOWAS.", nlp) == {("GHA", "ECOWAS", "member")}
    assert not members_stated("Ghana is not one of the 15 members of ECOWAS.", nlp)


def test_fellow_members_hung_on_the_verb(nlp):
    got = members_stated("Poland, along with Hungary and Czechia, is a member of the Visegrad Group.", nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE")} <= got


def test_joined_without_object_after_a_clause_that_joined_a_body(nlp):
    got = members_stated("Senegal joined the ECOWAS in 1975, while Cape Verde joined in 1977.", nlp)
    assert {("SEN", "ECOWAS", "member"), ("CPV", "ECOWAS", "member")} <= got
    got = members_stated("Senegal joined the ECOWAS in 1975, and Morocco hopes to join soon.", nlp)
    assert not any(iso == "MAR" for iso, _, _ in got)
    assert not members_stated("Senegal joined the talks, and Morocco joined later.", nlp)


def test_countries_which_form_a_body(nlp):
    got = members_stated("Poland, Hungary, Czechia and Slovakia, which form the Visegrad Group, met in Prague.", nlp)
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE", "SVK")} <= got


def test_it_comprises_after_the_body_is_named(nlp):
    text = "Ministers of the Visegrad Group met in Prague. It comprises Poland, Hungary, Czechia and Slovakia."
    assert {(iso, "Visegrad Group", "member") for iso in ("POL", "HUN", "CZE", "SVK")} <= members_stated(text, nlp)


def test_it_included_is_no_composition(nlp):
    text = "Ministers of the Visegrad Group met in Prague. It included talks with Austria and Slovenia."
    assert not any(iso in ("AUT", "SVN") for iso, _, _ in members_stated(text, nlp))


def test_the_other_members(nlp):
    text = ("Ministers of the Visegrad Group met in Prague. Poland holds the group's rotating presidency, and "
            "Hungary and Czechia are the other members.")
    assert {("HUN", "Visegrad Group", "member"), ("CZE", "Visegrad Group", "member")} <= members_stated(text, nlp)


def test_the_council_is_not_a_body_whose_name_has_another_head(nlp):
    text = ("Ministers met for the fourth meeting of the Andean Defence Forum. "
            "The council, which was set up in Lima in 2019, comprises Peru, Bolivia, Ecuador and Colombia.")
    assert not members_stated(text, nlp)


def test_founders_of_a_body_named_by_its_two_countries_are_no_members(nlp):
    text = "Chile and Peru set up the Chile-Peru Joint Working Group on Defence Cooperation in 2011."
    assert not any(role == "member" for _, _, role in members_stated(text, nlp))


def test_dialogue_partner_said_of_the_body_in_focus(nlp):
    text = ("Ministers of the Collective Security Treaty Organization met in Minsk. Serbia became a dialogue partner in 2013, "
            "and Mongolia and Nepal have been dialogue partners since 2016.")
    got = members_stated(text, nlp)
    assert {(iso, "CSTO", "dialogue partner") for iso in ("SRB", "MNG", "NPL")} <= got


def test_a_dialogue_partner_for_a_country_is_no_role(nlp):
    text = ("Ministers of the Collective Security Treaty Organization met in Minsk. Serbia is a key dialogue partner "
            "for Hungary, officials said.")
    assert not any(iso == "SRB" for iso, _, _ in members_stated(text, nlp))


def test_known_body_observers_in_a_time_phrase(nlp):
    got = members_stated("Chile and Peru became Arctic Council observers in 2013.", nlp)
    assert {("CHL", "Arctic Council", "observer"), ("PER", "Arctic Council", "observer")} <= got


def test_with_countries_as_dialogue_partners(nlp):
    got = members_stated("The CSTO comprises Armenia, Belarus and Russia, with Serbia and Nepal as dialogue partners.", nlp)
    assert {("SRB", "CSTO", "dialogue partner"), ("NPL", "CSTO", "dialogue partner"), ("ARM", "CSTO", "member")} <= got
    assert ("SRB", "CSTO", "member") not in got


def test_a_body_that_admits_or_grants_status_to_countries(nlp):
    got = members_stated("The Arctic Council admitted Chile and Peru as observers in 2013.", nlp)
    assert {("CHL", "Arctic Council", "observer"), ("PER", "Arctic Council", "observer")} <= got
    got = members_stated("The Arctic Council granted observer status to Chile and Peru in 2013.", nlp)
    assert {("CHL", "Arctic Council", "observer"), ("PER", "Arctic Council", "observer")} <= got


def test_no_role_when_a_body_will_admit_or_admits_a_fact(nlp):
    assert not members_stated("The Arctic Council will admit Chile and Peru as observers next year.", nlp)
    assert not members_stated("The Arctic Council admitted that Chile and Peru had asked for more time.", nlp)


def test_former_members_are_not_members(nlp):
    for text in ("Chad, a former ECOWAS member, hosted the talks.",
                 "Chad and Sudan, former members of ECOWAS, hosted the talks.",
                 "Chad and Sudan are no longer members of ECOWAS."):
        assert not members_stated(text, nlp), text


def test_former_before_the_subject_does_not_lapse_the_role(nlp):
    got = members_stated("The former Soviet states Armenia and Belarus are members of the CSTO.", nlp)
    assert {("ARM", "CSTO", "member"), ("BLR", "CSTO", "member")} <= got


def test_a_named_alliance_is_no_description_of_the_body_before(nlp):
    text = ("The Southern African Customs Union groups Botswana, Lesotho, Namibia and South Africa. "
            "The Alliance of Andean States (AAE), which groups Peru, Bolivia and Ecuador, met in Lima.")
    got = members_stated(text, nlp)
    assert not any(iso in ("PER", "BOL", "ECU") and "Customs" in name for iso, name, _ in got)
    assert {(iso, "Alliance of Andean States", "member") for iso in ("PER", "BOL", "ECU")} <= got


def test_a_gulf_of_a_country_inside_a_body_name(nlp):
    got = members_stated("The Gulf of Guinea Commission, whose members include Angola, Cameroon and Gabon, met in Luanda.", nlp)
    assert {(iso, "Gulf of Guinea Commission", "member") for iso in ("AGO", "CMR", "GAB")} <= got


def test_an_unknown_named_alliance_takes_no_members_of_the_body_before(nlp):
    text = ("Ministers of the Southern African Development Community met in Gaborone. "
            "The Alliance of Andean States, which groups Peru, Bolivia and Ecuador, sent observers.")
    got = members_stated(text, nlp)
    assert not any(iso in ("PER", "BOL", "ECU") and name == "SADC" for iso, name, _ in got)


def test_whose_members_belong_to_the_body_right_before_whose(nlp):
    text = ("The ASEAN Regional Forum, which includes the United States, China and Russia, is distinct from ASEAN, "
            "whose members include Cambodia and Laos.")
    got = members_stated(text, nlp)
    assert {("KHM", "ASEAN", "member"), ("LAO", "ASEAN", "member"), ("USA", "ARF", "member")} <= got
    assert not any(iso in ("KHM", "LAO") and name == "ARF" for iso, name, _ in got)


def test_countries_co_chair_a_group_in_the_present_tense(nlp):
    for text in ("Chile and Peru co-chair the Experts' Working Group on Maritime Security for the 2024-2027 cycle.",
                 "Chile and Peru, the co-chairs of the Experts' Working Group on Maritime Security, hosted a drill."):
        got = members_stated(text, nlp)
        assert {("CHL", "co-chair"), ("PER", "co-chair")} <= {(iso, role) for iso, _, role in got}, text


def test_the_countries_of_officials_who_co_chair_are_no_co_chairs(nlp):
    text = "The defence secretaries of Chile and Peru co-chair the Experts' Working Group on Maritime Security."
    assert not any(role == "co-chair" for _, _, role in members_stated(text, nlp))


def test_a_group_which_countries_co_chair(nlp):
    got = members_stated("The Experts' Working Group on Maritime Security, which Chile and Peru co-chair, met in Lima.", nlp)
    assert {("CHL", "co-chair"), ("PER", "co-chair")} <= {(iso, role) for iso, _, role in got}
    got = members_stated("The Experts' Working Group on Maritime Security, which Chile and Peru attended, met in Lima.", nlp)
    assert not any(role == "co-chair" for _, _, role in got)


def test_bare_role_subjects_of_the_body_in_view(nlp):
    text = ("The Collective Security Treaty Organization met in Minsk. Member states include Armenia and Belarus. "
            "Observer states include Serbia and Afghanistan.")
    got = members_stated(text, nlp)
    assert {("ARM", "CSTO", "member"), ("BLR", "CSTO", "member"), ("SRB", "CSTO", "observer"), ("AFG", "CSTO", "observer")} <= got


def test_bare_observers_of_something_else_are_no_role(nlp):
    text = ("The Collective Security Treaty Organization met in Minsk. Observers include diplomats from Serbia and Ghana. "
            "Members of the delegation include Armenia's envoy.")
    got = members_stated(text, nlp)
    assert not any(iso in ("SRB", "GHA", "ARM") for iso, _, _ in got)


def test_countries_participate_as_observers_of_the_body_in_view(nlp):
    text = "The Collective Security Treaty Organization met in Minsk. Serbia and Afghanistan participate as observers."
    assert {("SRB", "CSTO", "observer"), ("AFG", "CSTO", "observer")} <= members_stated(text, nlp)
    text = "The Collective Security Treaty Organization met in Minsk. Serbia attended a trade fair as an observer."
    assert not any(iso == "SRB" for iso, _, _ in members_stated(text, nlp))
