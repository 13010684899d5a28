"""Article layout of wire copy: a dateline that opens the lead after a headline, standfirst or
byline, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, holdings, person_names

PUBLISHED = date(2025, 4, 9)


def _mentions(nlp, body: str):
    return article_mentions(nlp, body, PUBLISHED)


def _dateline_city(nlp, body: str) -> str | None:
    m = _mentions(nlp, body)
    return m.places[m.dateline_place].name if m.dateline_place else None


LEAD = "Defence Minister Tomas Varga held talks with his Slovak counterpart Peter Hudak on Tuesday."


def test_dateline_after_headline_and_byline(nlp):
    body = f"Hungary, Slovakia agree on air policing\n\nBy Anna Kovacs\n\nBUDAPEST, April 8 (MTI) - {LEAD}\n"
    assert _dateline_city(nlp, body) == "Budapest"


def test_dateline_with_bracketed_country(nlp):
    body = f"Air policing talks held\n\nBUDAPEST [Hungary], April 8 (ANI): {LEAD}\n"
    assert _dateline_city(nlp, body) == "Budapest"


def test_no_dateline_after_the_lead_paragraph(nlp):
    # the lead has no dateline: a later paragraph that opens with a city is not one
    lead = ("Defence Minister Tomas Varga held talks with his Slovak counterpart Peter Hudak on Tuesday, the ministry "
            "said in a statement issued after the meeting of the two delegations at the defence ministry.")
    body = f"Air policing talks held\n\n{lead}\n\nBudapest: the two ministers will meet again next year.\n"
    assert _dateline_city(nlp, body) is None


def test_headline_starting_with_a_country_pair_is_no_dateline(nlp):
    body = f"Hungary, Slovakia sign pact\n\n{LEAD}\n"
    assert _dateline_city(nlp, body) is None


def _holds(nlp, body: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, body, PUBLISHED))


def test_a_national_agency_tells_the_story_from_its_own_country(nlp):
    # filed from Warsaw by Portugal's agency: the unqualified title is Portuguese, not Polish
    body = (
        "WARSAW, April 8 (Lusa) - Chief of the Naval Staff Admiral Rui Fonseca called on Poland's Defence Minister "
        "Marek Nowicki on Tuesday. Portugal and Poland agreed to exchange officers. Poland will host a drill.\n"
    )
    assert ("Rui Fonseca", "Chief of Naval Staff", "PRT") in _holds(nlp, body)


def test_a_national_agency_filing_at_home_tells_the_story_from_there_unnamed(nlp):
    # Australia is not named in the text: the Australian agency filing from Canberra still tells the
    # story from Australia, not from the country of the guest named by adjective
    lead = "April 8 (AAP) - Air Marshal Ian Harwood, Chief of Air Force, met Indonesian Air Chief Marshal Tono Wiradinata on Tuesday.\n"
    assert ("Ian Harwood", "Air Force Chief", "AUS") in _holds(nlp, "CANBERRA, " + lead)
    # filed from abroad, the agency's country must be named for the story to be told from it
    assert ("Ian Harwood", "Air Force Chief", "AUS") not in _holds(nlp, "JAKARTA, " + lead)


def test_an_international_agency_does_not_name_a_home(nlp):
    body = (
        "WARSAW, April 8 (Reuters) - Chief of the General Staff General Marek Zaborski met Portugal's Defence "
        "Minister Nuno Melo on Tuesday. Portugal and Poland agreed to exchange officers. Poland will host a drill.\n"
    )
    assert ("Marek Zaborski", "Chief of General Staff", "POL") in _holds(nlp, body)


def test_whom_a_visitor_named_by_nationality_calls_on_is_the_hosts(nlp):
    body = (
        "WARSAW, April 8 (Lusa) - Chief of the Naval Staff Admiral Rui Fonseca called on Poland's Defence Minister "
        "Marek Nowicki on Tuesday. Portugal and Poland agreed to exchange officers.\n\n"
        "On Thursday, the Portuguese Admiral is scheduled to call on Chief of the General Staff General Marek Zaborski.\n"
    )
    assert ("Marek Zaborski", "Chief of General Staff", "POL") in _holds(nlp, body)


def test_a_title_abbreviated_before_a_surname_is_the_post_written_in_full(nlp):
    body = (
        "NAIROBI - Cabinet Secretary for Defence Amina Odhiambo on Monday hosted Uganda's Minister of Defence Jacob "
        "Oboth in Nairobi. CS Odhiambo said the talks on border patrols were useful. Kenya and Uganda will meet again.\n"
    )
    x = extract_text(nlp, body, PUBLISHED)
    assert person_names(x) == ["Amina Odhiambo", "Jacob Oboth"]
    held = {(p, t) for p, t, _ in holdings(x)}
    assert ("Amina Odhiambo", "Cabinet Secretary for Defence") in held
    assert ("Amina Odhiambo", "Cabinet Secretary") not in held


def test_a_bare_cabinet_secretary_is_a_post_of_its_own(nlp):
    body = "NEW DELHI: Cabinet Secretary Rohan Mehta chaired a meeting on coastal security on Monday. India will act.\n"
    assert ("Rohan Mehta", "Cabinet Secretary", "IND") in _holds(nlp, body)


def test_caption_credit_and_contact_lines_name_no_person(nlp):
    body = (
        "VIENNA, April 8 (APA) - Defence Minister Klaudia Tanner met Slovenia's Defence Minister Borut Sajovic on "
        "Tuesday. Austria and Slovenia agreed to train together.\n\n"
        "Photo: the two ministers in Vienna. | Photo Credit: Special Arrangement\n\n"
        "(Lukas Gruber can be contacted at lukas.g@example.at)\n"
    )
    assert person_names(extract_text(nlp, body, PUBLISHED)) == ["Borut Sajovic", "Klaudia Tanner"]


def test_a_person_quoted_without_an_address_stays(nlp):
    body = (
        "VIENNA, April 8 (APA) - Defence Minister Klaudia Tanner met Slovenia's Defence Minister Borut Sajovic on "
        "Tuesday. Lukas Gruber, an analyst, said the talks were useful.\n"
    )
    assert "Lukas Gruber" in person_names(extract_text(nlp, body, PUBLISHED))


def test_spanish_particle_stays_in_the_name(nlp):
    body = ("SANTIAGO, April 8 (EFE) - Peru's Minister of Defence Walter Astudillo met General Ricardo Martinez "
            "del Valle, Commander-in-Chief of the Chilean Army, on Tuesday. Chile and Peru will train together.\n")
    assert "Ricardo Martinez del Valle" in person_names(extract_text(nlp, body, PUBLISHED))


def test_a_rank_led_name_wins_over_the_models_shorter_span(nlp):
    body = ("Talks were held with Commander of the Royal Jordanian Land Forces Maj Gen Khaled bin Yousef Al-Shara, "
            "who was in Amman at the time. Jordan and Egypt agreed to train together.\n")
    names = person_names(extract_text(nlp, body, PUBLISHED))
    assert "Khaled bin Yousef Al-Shara" in names
    assert "Maj Gen Khaled bin Yousef Al-Shara" not in names


def test_a_one_word_rank_completes_a_name_the_model_cut(nlp):
    body = ("The Seychelles Coast Guard is led by an Indian Navy officer, Commandant Vivek Kumar Rana. "
            "India and Seychelles will patrol together.\n")
    assert "Vivek Kumar Rana" in person_names(extract_text(nlp, body, PUBLISHED))


def test_a_one_word_rank_before_a_company_name_is_no_person(nlp):
    body = "General Dynamics Land Systems will supply the vehicles to Canada, officials said on Monday.\n"
    assert person_names(extract_text(nlp, body, PUBLISHED)) == []


def test_an_abbreviated_given_name_ends_no_sentence(nlp):
    body = ("Philippine Trade Secretary Ma. Cristina Roque held talks with Vietnam's Minister of Industry "
            "Nguyen Hong Dien in Hanoi on Monday. Vietnam and the Philippines agreed to expand trade.\n")
    names = person_names(extract_text(nlp, body, PUBLISHED))
    assert "Ma. Cristina Roque" in names
    assert "Ma" not in names


def test_a_sentence_ending_in_an_initial_still_ends(nlp):
    # only the listed abbreviations are kept whole: "Ma" and "Md" words elsewhere are untouched
    body = "Defence Minister Tomas Varga met Ma Xiaotian in Beijing on Monday. China and Hungary agreed to talk again.\n"
    assert "Ma Xiaotian" in person_names(extract_text(nlp, body, PUBLISHED))


def test_an_institution_named_after_a_person_is_no_person(nlp):
    body = ("Army chief General Tomas Varga addressed officers at the King Fahd Staff College in Riyadh on Monday. "
            "Hungary and Saudi Arabia agreed to train together.\n")
    names = person_names(extract_text(nlp, body, PUBLISHED))
    assert "Tomas Varga" in names
    assert not any(name.endswith("College") for name in names)


def test_a_capitalised_stop_word_inside_a_name_is_part_of_it(nlp):
    body = ("On Monday, the visiting Army chief held talks with the Commander of the Portuguese Army, General Eduardo "
            "Alberto Mine Costa, at the Army Headquarters. Portugal and Chile agreed to train together.\n")
    assert "Eduardo Alberto Mine Costa" in person_names(extract_text(nlp, body, PUBLISHED))


def test_a_stop_word_after_a_name_is_not_taken_into_it(nlp):
    body = "Defence Minister Tomas Varga said the decision was his alone. Hungary will buy tanks.\n"
    assert "Tomas Varga" in person_names(extract_text(nlp, body, PUBLISHED))


def test_the_lead_after_a_headline_tells_where_the_story_stands(nlp):
    body = (
        "Readout: Minister Andersen hosts Baltic counterparts in Oslo\n\n"
        "Norway's Minister of Defence Tore Andersen on 4 April hosted the defence ministers of Estonia, Latvia and "
        "Lithuania in Oslo. Norway will send more troops to Estonia.\n\n"
        "State Secretary for Defence Kari Nilsen opened the meeting. Norway and Latvia will hold a drill, and "
        "Latvia will buy Norwegian rockets.\n"
    )
    assert ("Kari Nilsen", "State Secretary for Defence", "NOR") in _holds(nlp, body)


def test_a_first_line_ending_in_a_full_stop_is_the_lead_not_a_headline(nlp):
    m = _mentions(nlp, "Norway's Minister of Defence Tore Andersen hosted talks in Oslo.\n\nEstonia and Latvia attended.\n")
    assert m.lead_start == 0


def test_a_name_alone_on_a_line_under_the_headline_is_the_byline(nlp):
    text = ("Kenya and Chile agree to expand naval training\n\n"
            "Joaquin Ignacio Bravo\n"
            "Nairobi: Kenya's Defence Minister Peter Otieno Mwangi held talks with Chile's Defence Minister Rosa Morales Vega on Monday.\n")
    x = extract_text(nlp, text, date(2025, 3, 12))
    assert "Joaquin Ignacio Bravo" not in person_names(x) and "Ignacio Bravo" not in person_names(x)
    assert {"Peter Otieno Mwangi", "Rosa Morales Vega"} <= set(person_names(x))


def test_a_headline_of_names_is_no_byline(nlp):
    # the first line is the headline: a name in it is a person the article speaks of
    text = ("Mwangi Hosts Morales Vega\n\n"
            "Nairobi: Kenya's Defence Minister Peter Otieno Mwangi held talks with Chile's Defence Minister Rosa Morales Vega on Monday.\n")
    assert "Rosa Morales Vega" in person_names(extract_text(nlp, text, date(2025, 3, 12)))


def test_a_name_after_at_is_a_building_not_a_person(nlp):
    text = "Kenya's Defence Minister Peter Otieno Mwangi received Chile's Defence Minister Rosa Morales Vega at Wisma Perwira on Monday."
    names = person_names(extract_text(nlp, text, date(2025, 3, 12)))
    assert "Wisma Perwira" not in names and "Rosa Morales Vega" in names


def test_a_name_after_at_with_a_possessive_is_a_person(nlp):
    # "at X's invitation": whom, not where
    text = "Chile's Defence Minister Rosa Morales Vega visited Nairobi at Peter Otieno Mwangi's invitation."
    assert "Peter Otieno Mwangi" in person_names(extract_text(nlp, text, date(2025, 3, 12)))
