"""A grouping of countries named by a capitalised name with no body head word ("... Patrol", "... Nine",
"... Command", "... Initiative"): the text shows it is one where countries are its members ("A, B and C are
members of X", "member states of X", "Members of X include A and B", "X comprises A and B"). A ministry,
company, unit or city in the same phrasing is no grouping; a name spaCy misreads as a person with a
framework head word ("the X Initiative") is still a name. Also: lists and roles said around such a body
(a colon list after "which brings together", "while C joined as observers", "in which C is an observer"
after a description, "as co-chairs of F with C", "both countries" after two capitals), a "... Group"
that signs (a company) and a memorandum's topic going on with "in" + a field."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_name_that_comprises_a_list_of_countries(nlp):
    text = "Peru hosted the talks. The Andes River Patrol comprises Peru, Chile, Ecuador and Bolivia."
    x = extract_text(nlp, text)
    assert framework_kinds(x).get("Andes River Patrol") == "Forum"
    assert {(iso, "Andes River Patrol", "member") for iso in ("PER", "CHL", "ECU", "BOL")} <= membership_triples(x)


def test_members_of_a_name_listed_after_it(nlp):
    text = "Members of the Baltic Rim Seven include Denmark, Sweden, Finland and Norway."
    x = extract_text(nlp, text)
    assert "Baltic Rim Seven" in framework_kinds(x)
    assert {(iso, "Baltic Rim Seven", "member") for iso in ("DNK", "SWE", "FIN", "NOR")} <= membership_triples(x)


def test_countries_are_members_of_an_initiative_misread_as_a_person(nlp):
    text = ("The ministers also discussed the Dakar Initiative, a mechanism against trafficking. "
            "Senegal, Gambia and Guinea are members of the Dakar Initiative.")
    x = extract_text(nlp, text)
    assert "Dakar Initiative" in framework_kinds(x)
    assert {(iso, "Dakar Initiative", "member") for iso in ("SEN", "GMB", "GIN")} <= membership_triples(x)


def test_member_states_of_a_command(nlp):
    text = "Chile hosted the talks. Peru is one of the member states of the Southern Cone Maritime Command, which was set up in 1990."
    x = extract_text(nlp, text)
    assert "Southern Cone Maritime Command" in framework_kinds(x)
    assert ("PER", "Southern Cone Maritime Command", "member") in membership_triples(x)


def test_a_company_or_ministry_gathering_countries_is_no_grouping(nlp):
    text = ("Peru hosted the talks. The Andes Shipbuilding Company comprises Peru, Chile and Ecuador. "
            "Peru, Chile and Bolivia are members of the Andes Defence University.")
    x = extract_text(nlp, text)
    assert "Andes Shipbuilding Company" not in framework_kinds(x)
    assert "Andes Defence University" not in framework_kinds(x)
    assert not x.memberships


def test_one_country_member_of_a_plain_name_is_no_grouping(nlp):
    # one country before "member of" and no list: a plain name stays unread (a club, a team, a unit)
    text = "Peru hosted the talks. Peru is a member of the Andes Rescue Team."
    x = extract_text(nlp, text)
    assert "Andes Rescue Team" not in framework_kinds(x)
    assert not x.memberships


def test_relative_list_after_member_of_and_a_colon(nlp):
    # the parse hangs ", which" on "member" and the list after the colon on the main verb
    text = ("Peru hosted Chile. Peru is a leading member of the Andes Standby Force (ASF), which brings together "
            "five member states: Bolivia, Chile, Colombia, Ecuador and Peru.")
    got = membership_triples(extract_text(nlp, text))
    assert {(iso, "Andes Standby Force", "member") for iso in ("BOL", "CHL", "COL", "ECU", "PER")} <= got


def test_no_members_when_the_colon_list_is_of_something_else(nlp):
    text = "Peru hosted Chile. The Andes Standby Force (ASF), which brings together five member states, trains troops: Bolivia sent a company."
    assert not membership_triples(extract_text(nlp, text))


def test_hyphened_participle_in_a_description_set_off_after_the_name(nlp):
    text = ("Peru hosted Chile. Peru leads the Andean Counter Narcotics Coalition, a Lima-based alliance whose members "
            "include Peru, Chile, Bolivia and Ecuador.")
    got = membership_triples(extract_text(nlp, text))
    assert {(iso, "Andean Counter Narcotics Coalition", "member") for iso in ("PER", "CHL", "BOL", "ECU")} <= got


def test_hyphened_participle_description_without_members_gives_none(nlp):
    text = ("Peru hosted Chile. Peru leads the Andean Counter Narcotics Coalition, a Lima-based alliance that trains "
            "troops from Peru, Chile, Bolivia and Ecuador.")
    assert not membership_triples(extract_text(nlp, text))


def test_observers_joined_while_others_are_members(nlp):
    text = "Peru hosted Chile. Peru, Chile and Bolivia are members of the Andes River Patrol, while Ecuador and Colombia joined as observers."
    got = membership_triples(extract_text(nlp, text))
    assert {("ECU", "Andes River Patrol", "observer"), ("COL", "Andes River Patrol", "observer")} <= got


def test_observers_of_something_else_joined_are_no_observers_of_the_body(nlp):
    text = "Peru hosted Chile. Peru, Chile and Bolivia are members of the Andes River Patrol, while Ecuador and Colombia joined the talks as observers."
    got = membership_triples(extract_text(nlp, text))
    assert not {t for t in got if t[0] in ("ECU", "COL")}


def test_both_countries_after_two_capitals_between(nlp):
    text = ("Defence chiefs met in Tokyo on Monday. The visit comes amid growing convergence between Tokyo and Manila on "
            "maritime security. Both countries are members of the Western Pacific Naval Symposium (WPNS).")
    got = membership_triples(extract_text(nlp, text))
    assert {("JPN", "WPNS", "member"), ("PHL", "WPNS", "member")} <= got


def test_two_cities_of_one_country_are_no_pair(nlp):
    text = ("Defence chiefs met in Lima on Monday. Flights between Lima and Cusco resumed. "
            "Both countries are members of the Western Pacific Naval Symposium (WPNS).")
    assert not membership_triples(extract_text(nlp, text))


def test_relative_role_after_a_description_set_off_after_the_name(nlp):
    text = ("Peru hosted Chile. Peru and Chile are members of the Andean Naval Symposium (ANS), a forum of navies of "
            "the Pacific littoral states, in which Bolivia is an observer.")
    got = membership_triples(extract_text(nlp, text))
    assert ("BOL", "Andean Naval Symposium", "observer") in got


def test_relative_role_after_a_description_with_a_verb_is_not_the_names(nlp):
    text = "Peru hosted Chile. Peru signed the Andes Accord, a deal that ended the border war, in which Bolivia is an observer."
    got = membership_triples(extract_text(nlp, text))
    assert not {t for t in got if t[0] == "BOL"}


def test_co_chairs_of_a_body_with_a_third_country(nlp):
    text = ("Peru hosted Chile. The ministers agreed that Peru and Chile, as co-chairs of the Andes Maritime Working Group "
            "with Bolivia, would convene its next meeting in Lima.")
    got = membership_triples(extract_text(nlp, text))
    assert {(iso, "Andes Maritime Working Group", "co-chair") for iso in ("PER", "CHL", "BOL")} <= got


def test_co_chairs_with_a_countrys_support_make_no_third_co_chair(nlp):
    text = "Peru hosted Chile. Peru and Chile, as co-chairs of the Andes Maritime Working Group with Bolivia's support, would meet."
    got = membership_triples(extract_text(nlp, text))
    assert not {t for t in got if t[0] == "BOL"}


def test_a_group_that_signs_is_a_company(nlp):
    text = "Peru hosted Chile. Chile's Andina and Peru's Tarma Group had signed an agreement in February to jointly offer a transport aircraft."
    assert "Tarma Group" not in framework_kinds(extract_text(nlp, text))


def test_a_working_group_that_meets_and_signs_stays_a_forum(nlp):
    text = "Peru hosted Chile. The Peru-Chile Joint Working Group met in Lima and signed a statement."
    assert framework_kinds(extract_text(nlp, text)).get("Peru-Chile Joint Working Group") == "Forum"


def test_memorandum_topic_goes_on_with_in_a_field(nlp):
    text = ("Peru hosted Chile. In the presence of the two ministers, a Memorandum of Understanding on cooperation in "
            "military medicine was signed between the two health services.")
    assert "Memorandum of Understanding on cooperation in military medicine" in framework_kinds(extract_text(nlp, text))


def test_memorandum_topic_stops_at_in_a_place_or_the_presence(nlp):
    text = ("Peru hosted Chile. The ministers signed a memorandum of understanding on defence cooperation in Lima. "
            "They signed a memorandum of understanding on naval training in the presence of the president.")
    kinds = framework_kinds(extract_text(nlp, text))
    assert "Memorandum of Understanding on defence cooperation" in kinds
    assert "Memorandum of Understanding on naval training" in kinds
