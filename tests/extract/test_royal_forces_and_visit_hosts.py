"""Posts of a royal armed force ("Chief of the Royal Danish Navy"), posts held no longer ("then-"),
hyphened names, and whose post a title is where a visit, a co-chaired body, a delegation or a
quoted source tells it, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from diplokg.mentions import _delegation_members
from extract_helpers import article_mentions, extract_text, holdings, meeting_pairs, offices_held, person_names

PUBLISHED = date(2025, 6, 3)


def test_a_post_of_a_royal_force_is_the_service_post_of_its_country(nlp):
    text = (
        "Oslo hosted the naval conference on Monday. Norway invited the Chief of the Royal Danish Navy, "
        "Vice Admiral Torben Mikkelsen, and the Commander-in-Chief of the Royal Thai Army, General Somchai Wongsa."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Torben Mikkelsen", "Navy Chief", "DNK") in holdings(x)
    held = offices_held(x)
    assert "Chief of the Royal Danish Navy" in held["Torben Mikkelsen"].aliases  # the title as written
    assert held["Somchai Wongsa"].country == "THA"
    assert "Army Commander-in-Chief" in [held["Somchai Wongsa"].title, *held["Somchai Wongsa"].aliases]


def test_a_royal_force_that_names_no_country_is_not_read_as_one(nlp):
    text = "The Commander of the Royal Navy, Admiral Ben Keyes, visited Oslo on Monday."
    assert not any(title == "Navy Commander" for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_then_post_is_not_held_and_a_bare_then_is_the_adverb(nlp):
    text = (
        "The maritime pact was signed in 2019 by then-Defence Minister Ana Costa of Brazil. "
        "The delegation then met Defence Minister Paulo Lima of Brazil."
    )
    assert holdings(extract_text(nlp, text, PUBLISHED)) == {("Paulo Lima", "Defence Minister", "BRA")}


def test_the_country_of_a_high_commission_quoted_is_not_where_the_holder_is(nlp):
    text = (
        "Kenya and Ghana agreed to expand training. The Kenyan Army Commander Lt Gen Peter Mwangi received the "
        "Ghanaian team on Monday. Army Commander Lt Gen Samuel Owusu met the Defence Secretary on Tuesday, "
        "according to a statement from the Kenyan High Commission. Kenya and Ghana will meet again."
    )
    x = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Peter Mwangi", "Army Commander", "KEN") in x  # the country word of a title still counts
    assert ("Samuel Owusu", "Army Commander", "GHA") in x


def test_co_chairs_named_where_the_parse_leaves_them_outside_the_clause_are_two_sides(nlp):
    text = (
        "Ghana and Togo on Wednesday held the 15th Ghana-Togo Defence Policy Dialogue here, with Defence Secretary "
        "Kofi Mensah and Togolese Deputy Minister of National Defence Senior Lt Gen Koffi Agbeko co-chairing the "
        "talks, officials said."
    )
    x = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kofi Mensah", "Defence Secretary", "GHA") in x  # not Togo's, as one met together with Agbeko would be
    assert ("Koffi Agbeko", "Deputy Defence Minister", "TGO") in x


def test_a_third_person_in_the_sentence_leaves_the_co_chairs_unread(nlp):
    text = (
        "Ghana and Togo on Wednesday held the 15th Ghana-Togo Defence Policy Dialogue here, with Defence Secretary "
        "Kofi Mensah and Togolese Deputy Minister of National Defence Senior Lt Gen Koffi Agbeko co-chairing the "
        "talks, Army Commander Yao Dogbe said."
    )
    x = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kofi Mensah", "Defence Secretary", "GHA") not in x


def test_a_hyphened_south_asian_name_is_one_name_and_its_head_a_short_form(nlp):
    text = (
        "Lebanon's Defence Minister Maurice Haddad received Gen Moeen-ul-Haque, Chief of Army Staff of Pakistan, "
        "in Beirut on Thursday. On Friday, Gen Moeen held talks with the Lebanese Army commander."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Maurice Haddad", "Moeen-ul-Haque"]
    assert ("Moeen-ul-Haque", "Chief of Army Staff", "PAK") in holdings(x)
    assert "Gen Moeen" in next(p.aliases for p in x.persons if p.name == "Moeen-ul-Haque")


def test_a_hyphened_word_before_a_name_is_not_part_of_it(nlp):
    text = "The Beirut-to-Damascus convoy was received by Defence Minister Maurice Haddad of Lebanon on Thursday."
    assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Maurice Haddad"]


def test_a_counterpart_set_off_by_commas_is_of_the_country_named(nlp):
    text = (
        "SANTIAGO, May 6 (Reuters) - Defence Minister Rodrigo Soto held talks with his Polish counterpart, "
        "Tomasz Nowak, in Santiago on Wednesday, the defence ministry said."
    )
    m = article_mentions(nlp, text, PUBLISHED)
    nowak = next(p.key for p in m.persons if p.name == "Tomasz Nowak")
    assert m.counterpart_country == {nowak: "POL"}  # what mirrors the minister's post to him


def test_the_visitors_country_in_the_sentence_does_not_place_the_one_visited(nlp):
    text = (
        "COLOMBO: Sri Lanka and Ghana agreed to expand training. Ghanaian Defence Secretary Kofi Mensah called "
        "on President Ruwan Perera at the Presidential Secretariat. Mr. Mensah also met Deputy Defence Minister "
        "Nimal Silva and discussed a rescue centre to be built with Ghanaian assistance. Sri Lanka will host "
        "the next round."
    )
    assert ("Nimal Silva", "Deputy Defence Minister", "LKA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_the_members_a_delegation_includes_are_of_its_country(nlp):
    text = (
        "NEW DELHI, May 6 (PTI) - India and Chile held talks on Monday. The Chilean delegation includes Deputy "
        "Minister of Defence Rodrigo Soto and senior officers of the armed forces. India's Defence Minister Arun "
        "Mehta hosted them. India and Chile will meet again."
    )
    assert ("Rodrigo Soto", "Deputy Defence Minister", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_whom_a_delegation_member_met_is_no_member(nlp):
    text = (
        "NEW DELHI, May 6 (PTI) - India and Chile held talks on Monday. The Chilean delegation includes Deputy "
        "Minister of Defence Rodrigo Soto, who met Defence Secretary Arun Mehta in New Delhi. India and Chile "
        "will meet again."
    )
    m = article_mentions(nlp, text, PUBLISHED)
    assert {p.name: _delegation_members(m).get(p.key) for p in m.persons} == {"Rodrigo Soto": "CHL", "Arun Mehta": None}


def test_a_delegation_that_meets_a_team_lends_its_country_to_no_member_of_that_team(nlp):
    text = (
        "NEW DELHI, May 6 (PTI) - India and Chile held talks on Monday. The Indian delegation met a team that "
        "includes Deputy Minister of Defence Rodrigo Soto. India and Chile will meet again."
    )
    assert _delegation_members(article_mentions(nlp, text, PUBLISHED)) == {}


def test_a_hyphened_name_before_a_title_in_commas_is_read_whole(nlp):
    text = (
        "In a separate meeting, Gen. Jin Yong-sung, chairman of the Joint Chiefs of Staff (JCS), received Gen "
        "Tomasz Nowak-Kowalski, Chief of the General Staff of Poland, in Seoul on Tuesday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Jin Yong-sung", "Tomasz Nowak-Kowalski"]
    assert ("Tomasz Nowak-Kowalski", "Chief of General Staff", "POL") in holdings(x)
    assert any(p == "Jin Yong-sung" and t == "Chairman of the Joint Chiefs of Staff" for p, t, _ in holdings(x))


def test_a_government_body_after_a_title_is_not_a_person(nlp):
    text = (
        "Minister of the Defense Procurement Administration (DPA) Rodrigo Soto met Chile's Minister of the "
        "Interior Ana Lopez in Santiago."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Ana Lopez", "Rodrigo Soto"]
    assert holdings(x) == {("Ana Lopez", "Interior Minister", "CHL")}  # no "Minister of the Defense" for anyone


def test_a_name_cut_to_its_given_names_is_the_same_person(nlp):
    text = (
        "Defence Minister Datuk Seri Ahmad Faisal Rahman of Malaysia received Brunei's army chief on Monday. "
        "Ahmad Faisal said the two armies would train together."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Ahmad Faisal Rahman"]
    assert "Ahmad Faisal" in x.persons[0].aliases


def test_given_names_two_persons_share_name_neither(nlp):
    text = (
        "Defence Minister Ahmad Faisal Rahman of Malaysia and Ahmad Faisal Karim, Brunei's Minister of Defence, "
        "met on Monday. Ahmad Faisal said the two armies would train together."
    )
    assert "Ahmad Faisal" in person_names(extract_text(nlp, text, PUBLISHED))


def test_a_co_chair_named_by_a_bare_title_is_the_holder_named_before(nlp):
    text = (
        "NEW DELHI: Defence Secretary Arun Mehta of India received Deputy Minister of National Defence Senior "
        "Lieutenant General Tran Van Minh on Monday. On Tuesday, the Defence Secretary and Senior Lieutenant "
        "General Tran Van Minh co-chaired the 5th India-Vietnam Security Dialogue in New Delhi."
    )
    assert ("Tran Van Minh", "Deputy Defence Minister", "VNM") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_committee_named_by_its_remit_is_part_of_the_post(nlp):
    text = (
        "A Ghanaian parliamentary delegation led by Kwame Boateng, chairman of the House Committee on Defence, "
        "visited Abuja. Ama Owusu, chairman of the Budget Committee on Monday, also came."
    )
    titles = {person: title for person, title, _ in holdings(extract_text(nlp, text, PUBLISHED))}
    assert titles["Kwame Boateng"] == "Chairman of the House Committee on Defence"
    assert titles["Ama Owusu"] == "Chairman of the Budget Committee"  # a day is no remit


def test_a_principal_secretary_named_by_portfolio_first_is_the_principal_secretary_for_it(nlp):
    text = "Defence Principal Secretary Mary Wanjiku of Kenya attended the signing in Kigali."
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Mary Wanjiku"]
    assert (office.title, office.country) == ("Principal Secretary for Defence", "KEN")
    assert "Defence Principal Secretary" in office.aliases


def test_a_visitor_takes_the_post_of_the_one_other_country_the_story_tells_of(nlp):
    text = (
        "ACCRA: Chief of the Naval Staff Admiral Marco Bellandi, who is on a four-day official visit to Ghana, "
        "called on President John Asante at Jubilee House on Tuesday, the Embassy of Italy said. Mr Asante "
        "welcomed the Italian Navy's help after the floods. The talks covered the training of Ghanaian sailors "
        "and patrols off Ghana's coast. Ghana will host a naval review in May."
    )
    assert holdings(extract_text(nlp, text, PUBLISHED)) == {
        ("John Asante", "President", "GHA"), ("Marco Bellandi", "Chief of Naval Staff", "ITA")}


def test_a_visitor_from_one_of_two_countries_told_of_keeps_no_post(nlp):
    text = (
        "ACCRA: Chief of the Naval Staff Admiral Marco Bellandi, who is on a four-day official visit to Ghana, "
        "called on President John Asante at Jubilee House on Tuesday, the Embassy of Italy said. Mr Asante "
        "welcomed the Italian Navy's help after the floods, and Spanish ships, which Spain sent in March. The "
        "talks covered the training of Ghanaian sailors and patrols off Ghana's coast. Ghana will host a naval "
        "review in May."
    )
    assert holdings(extract_text(nlp, text, PUBLISHED)) == {("John Asante", "President", "GHA")}


def test_an_undersecretary_keeps_the_portfolio_written_after_for(nlp):
    text = (
        "On Monday, Defence Secretary Ravi Kumar and Chilean Undersecretary for Defense Policy Mr Pablo Soto "
        "co-chaired the talks. Undersecretary Ana Ruiz of Chile attended."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Pablo Soto", "Undersecretary for Defence Policy", "CHL") in holdings(x)
    assert "Undersecretary for Defense Policy" in offices_held(x)["Pablo Soto"].aliases
    assert ("Ana Ruiz", "Under Secretary", "CHL") in holdings(x)  # no portfolio written: none made up


SURNAME_SHARED = (
    "LIMA: Defence Minister Arun Mehta of India arrived in Lima on Monday.\n\n"
    "Defence Secretary Vikram Mehta, who is part of the delegation, held talks with Peru's Vice Minister of "
    "Defence Pablo Soto on Tuesday. The two officials reviewed a training plan. They also discussed cyber "
    "security. Mehta also met Peru's Navy Commander Admiral Luis Vega.\n\n"
    "The visit ends on Friday. Officials said more talks were due. Mehta called on Peru's President Ana Ruiz "
    "on Thursday."
)


def test_a_surname_in_its_paragraph_and_out_of_it(nlp):
    pairs = meeting_pairs(extract_text(nlp, SURNAME_SHARED, PUBLISHED))
    assert ("Luis Vega", "Vikram Mehta") in pairs  # the Mehta of the paragraph, sentences after his full name
    assert ("Ana Ruiz", "Arun Mehta") in pairs  # another paragraph, far from either: the one the story is about


def test_a_name_that_lists_its_fields_is_one_body(nlp):
    text = (
        "Chile's Defence Minister Ana Lopez also met the Director of the Science, Technology and Innovation "
        "Agency Mr Pablo Soto of Peru. The Commander of the Western Fleet, Rear Admiral Juan Perez and Captain "
        "Luis Vega of Chile met them."
    )
    x = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Pablo Soto", "Director of the Science, Technology and Innovation Agency", "PER") in x
    assert not any("Admiral" in title for _, title, _ in x)  # a comma before a rank does not extend the body


def test_the_joint_chiefs_chairman_written_portfolio_first(nlp):
    text = (
        "Earlier this month, Joint Chiefs of Staff Chairman Gen. Park Min-ho held a virtual meeting with Chile's "
        "Chief of the General Staff Gen. Pedro Soto. South Korea and Chile agreed to meet again in Seoul."
    )
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Park Min-ho"]
    assert (office.title, office.country) == ("Chairman of the Joint Chiefs of Staff", "KOR")
    assert "Joint Chiefs of Staff Chairman" in office.aliases


def test_the_scene_of_a_war_talked_about_is_not_where_the_holder_is(nlp):
    text = (
        "SANTIAGO (Reuters) - Chile and Peru agreed to expand training. Earlier this month, Army Commander Gen. "
        "Jorge Vera held a virtual meeting with Peru's Chief of the General Staff Gen. Luis Vega, in which they "
        "discussed lessons from the war in Sudan. Chile will host the next round in May."
    )
    assert ("Jorge Vera", "Army Commander", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_country_where_talks_are_held_still_places_the_holder(nlp):
    text = "Chile and Peru agreed to expand training. Army Commander Gen. Luis Vega met the delegation in Lima."
    assert ("Luis Vega", "Army Commander", "PER") in holdings(extract_text(nlp, text, PUBLISHED))


def test_the_tni_commander_is_the_indonesian_forces_commander(nlp):
    text = (
        "Chile's Army Commander Gen. Jorge Vera met TNI Commander General Budi Santoso at the TNI Headquarters "
        "in Jakarta on Monday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Budi Santoso", "TNI Commander", "IDN") in holdings(x)
    assert "Commander of the Indonesian National Armed Forces" in offices_held(x)["Budi Santoso"].aliases
    assert person_names(x) == ["Budi Santoso", "Jorge Vera"]  # "TNI Headquarters" is no one


def test_a_post_a_relative_clause_gives_is_held_now_not_once(nlp):
    now = "Defence Minister Tomasz Nowak of Poland, who also serves as Poland's deputy prime minister, arrived in Lima."
    once = "Defence Minister Tomasz Nowak of Poland, who was Poland's Deputy Prime Minister until 2020, arrived in Lima."
    assert ("Tomasz Nowak", "Deputy Prime Minister", "POL") in holdings(extract_text(nlp, now, PUBLISHED))
    assert holdings(extract_text(nlp, once, PUBLISHED)) == {("Tomasz Nowak", "Defence Minister", "POL")}


def test_a_hyphened_surname_alone_is_the_person_named_in_full(nlp):
    text = (
        "Defence Minister Tomasz Nowak-Kowalski of Poland arrived in Lima on Tuesday. Nowak-Kowalski, who also "
        "serves as Poland's deputy prime minister, called on Peru's President Ana Ruiz."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Ana Ruiz", "Tomasz Nowak-Kowalski"]
    assert ("Tomasz Nowak-Kowalski", "Deputy Prime Minister", "POL") in holdings(x)
    assert ("Ana Ruiz", "Tomasz Nowak-Kowalski") in meeting_pairs(x)


def test_the_head_of_an_administration_holds_its_post(nlp):
    text = (
        "The Chilean minister is scheduled to meet Park Jae-hoon, head of the Defense Procurement Administration "
        "(DPA), on Thursday before visiting a plant in Busan."
    )
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Park Jae-hoon"]
    assert (office.title, office.country) == ("Head of the Defence Procurement Administration", "KOR")
