"""Officials' posts written with the ministry or principal they serve, and where a holder's country
comes from (a co-chaired body named the sentence before, a side led, a country represented, a
country talked about), on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, holdings, offices_held

PUBLISHED = date(2025, 9, 17)


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


# --- "Permanent Secretary of Kenya's Ministry of Defence, X": the ministry between title and name

def test_a_secretary_of_a_countrys_ministry_named_in_commas(nlp):
    text = "The Permanent Secretary of Kenya's Ministry of Defence, Dr Jane Mwangi, received the visitors in Nairobi."
    assert ("Jane Mwangi", "Permanent Secretary", "KEN") in _held(nlp, text)


def test_a_secretary_general_of_a_countrys_defence_ministry(nlp):
    text = "The Secretary General of Indonesia's Defence Ministry, Lt Gen Budi Santoso, met the visitors on Monday."
    assert ("Budi Santoso", "Secretary-General", "IDN") in _held(nlp, text)


def test_a_secretary_of_the_ministry_takes_the_sentences_country(nlp):
    text = "The Permanent Secretary of the Ministry of Defence, Ama Owusu, signed the deal for Ghana in Accra."
    assert ("Ama Owusu", "Permanent Secretary", "GHA") in _held(nlp, text)


def test_a_force_owned_by_a_country_still_ends_the_title(nlp):
    # the country's force, not a ministry: "Chief of Staff of Nigeria's Army" stays the army's post
    text = "Lt Gen Ahmed Bello, Chief of Staff of Nigeria's Army, visited Accra on Monday."
    assert ("Ahmed Bello", "Army Chief of Staff", "NGA") in _held(nlp, text)


def test_of_and_a_word_that_is_no_ministry_makes_no_name(nlp):
    # "of" + an unknown body: no ministry is skipped, the name is not the title's
    held = _held(nlp, "The Permanent Secretary of Sports Ama Owusu spoke in Accra.")
    assert not any(title == "Permanent Secretary" for _, title, _ in held)


# --- "Security Council Secretary"

def test_a_security_council_secretary_in_three_spellings(nlp):
    assert ("Gulnara Sadykova", "Security Council Secretary", "KGZ") in _held(
        nlp, "Kyrgyzstan's Security Council Secretary Gulnara Sadykova held talks in Bishkek.")
    assert ("Armen Petrosyan", "Security Council Secretary", "ARM") in _held(
        nlp, "Armen Petrosyan, Secretary of the Security Council of Armenia, met the visitors in Yerevan.")
    assert ("Bat Erdene", "Security Council Secretary", "MNG") in _held(
        nlp, "Mongolian National Security Council Secretary Bat Erdene visited Seoul.")


def test_the_un_security_council_gives_no_post(nlp):
    held = _held(nlp, "Russia told the Security Council Sergei Orlov would attend the vote.")
    assert not any(title == "Security Council Secretary" for _, title, _ in held)


# --- "State Secretary to the Minister for Defence X": the principal's post is not the name's

def test_a_state_secretary_to_a_minister(nlp):
    text = "Norway's State Secretary to the Minister of Defence, Ole Hansen, visited Riga on Monday."
    held = _held(nlp, text)
    assert ("Ole Hansen", "State Secretary to the Minister of Defence", "NOR") in held
    assert not any(title == "Defence Minister" for _, title, _ in held)


def test_a_parliamentary_secretary_to_a_minister_without_commas(nlp):
    text = "Parliamentary Secretary to the Minister for Defence Jane Roe met Fijian officers in Suva."
    held = _held(nlp, text)
    assert {title for name, title, _ in held if name == "Jane Roe"} == {"Parliamentary Secretary to the Minister for Defence"}


def test_a_state_secretary_to_a_minister_named_with_its_country(nlp):
    # the principal's country adjective between "to the" and the title: the post and country still the secretary's
    text = "Brunei's Permanent Secretary held talks with the State Secretary to the Norwegian Minister for Defence, Ms Ilse Haugvik, on Monday."
    held = _held(nlp, text)
    assert ("Ilse Haugvik", "State Secretary to the Minister for Defence", "NOR") in held
    assert not any(title == "Defence Minister" for _, title, _ in held)


def test_speaking_to_a_countrys_minister_joins_no_titles(nlp):
    text = "The Defence Secretary spoke to the Fijian Prime Minister Jane Roe on Monday."
    assert ("Jane Roe", "Prime Minister", "FJI") in _held(nlp, text)


def test_an_adviser_to_a_prime_minister_keeps_the_advisers_post(nlp):
    text = "Ajay Verma, National Security Adviser to the Prime Minister, spoke in New Delhi on Monday."
    assert {title for name, title, _ in _held(nlp, text) if name == "Ajay Verma"} == {"National Security Advisor"}


def test_speaking_to_the_prime_minister_joins_no_titles(nlp):
    text = "The Defence Secretary spoke to the Prime Minister Jane Roe of Fiji on Monday."
    assert ("Jane Roe", "Prime Minister", "FJI") in _held(nlp, text)


# --- a co-chair's country from the two-country body named the sentence before

def test_a_co_chair_of_a_body_named_in_the_sentence_before(nlp):
    text = ("NAIROBI: The India-Kenya Joint Defence Cooperation Committee (JDCC) was set up in 2019. Its fourth "
            "meeting was co-chaired by Defence Secretary Anil Mehta and the Permanent Secretary of Kenya's "
            "Ministry of Defence, Dr Jane Mwangi, in Nairobi.")
    held = _held(nlp, text)
    assert ("Anil Mehta", "Defence Secretary", "IND") in held
    assert ("Jane Mwangi", "Permanent Secretary", "KEN") in held


def test_a_pair_in_another_paragraph_is_not_the_co_chaired_body(nlp):
    text = ("NAIROBI: The India-Kenya committee was set up in 2019.\n\nThe talks in Nairobi were co-chaired by "
            "Defence Secretary Anil Mehta and Kenya's Permanent Secretary for Defence Jane Mwangi.")
    m = article_mentions(nlp, text, PUBLISHED)
    assert {h.evidence.rule for h in m.holdings if m.person(h.person).name == "Anil Mehta"} != {"office.co-chair-country"}


# --- who leads a side, who represents a country

def test_the_leader_in_apposition_to_the_subject(nlp):
    text = "The navy chief, Admiral Juan Ortiz, led the Chilean delegation at the talks in Lima."
    assert ("Juan Ortiz", "Navy Chief", "CHL") in _held(nlp, text)


def test_the_leader_glued_to_a_dateline(nlp):
    text = "SUVA, May 2 (AFP): Defence Adviser Tom Reilly on Friday led the Irish delegation at the talks in Suva."
    assert ("Tom Reilly", "Defence Adviser", "IRL") in _held(nlp, text)


def test_whom_a_representative_met_does_not_represent_the_country(nlp):
    text = ("WELLINGTON: Defence Minister Jack Turner opened the forum in Wellington on Monday. Samoa was represented "
            "by its Defence Secretary, Sina Leota, who held talks with Turner.")
    held = _held(nlp, text)
    assert ("Sina Leota", "Defence Secretary", "WSM") in held
    assert ("Jack Turner", "Defence Minister", "NZL") in held


# --- a country talked about is no one's

def test_support_for_a_country_places_no_one_there(nlp):
    text = ("TALLINN: Estonia hosted the talks. The Latvian minister Ivars Ozols also called on President Alar Kask, "
            "and the two discussed support for Ukraine.")
    assert ("Alar Kask", "President", "EST") in _held(nlp, text)


def test_sanctions_against_a_country_leave_the_city(nlp):
    text = "Prime Minister Eva Lind discussed sanctions against Russia in Warsaw on Monday."
    assert ("Eva Lind", "Prime Minister", "POL") in _held(nlp, text)


def test_a_country_one_travels_to_is_still_no_topic(nlp):
    # "to" after a verb of travel, not after an aid noun: the destination rule decides, not the topic rule
    text = "Prime Minister Eva Lind flew to Poland on Monday."
    assert ("Eva Lind", "Prime Minister", "POL") not in _held(nlp, text)


# --- "Armed Forces of Malta commander X": a force named with its country, then its head's word

def _office_of(nlp, text: str, name: str):
    x = extract_text(nlp, text, PUBLISHED)
    return offices_held(x).get(name)


def test_a_force_of_a_country_and_its_commander(nlp):
    office = _office_of(nlp, "Armed Forces of Malta commander Brigadier Clinton Vella met Italian officers in Valletta.", "Clinton Vella")
    assert (office.title, office.country) == ("Armed Forces Commander", "MLT")
    assert "Commander of the Armed Forces of Malta" in office.aliases


def test_a_force_of_the_country_and_its_chief(nlp):
    office = _office_of(nlp, "Army of the Republic of Kenya chief Gen Peter Njoroge flew to Kampala on Monday.", "Peter Njoroge")
    assert office is not None and office.country == "KEN"


def test_no_name_after_the_force_makes_no_post(nlp):
    text = "The Armed Forces of Malta chief said the talks in Valletta went well."
    assert holdings(extract_text(nlp, text, PUBLISHED)) == set()


def test_a_chief_of_staff_of_the_force_is_not_its_chief(nlp):
    text = "Armed Forces of Malta chief of staff Col Mark Borg met Italian officers in Valletta."
    assert not any(title == "Armed Forces Chief" for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_longer_post_of_a_force_named_with_its_country(nlp):
    # the post as the title names it, also written head first with the force (and its country)
    office = _office_of(nlp, "Armed Forces of Malta chief of staff Col Mark Borg met Italian officers in Valletta.", "Mark Borg")
    assert (office.title, office.country) == ("Chief of Staff", "MLT")
    assert {"Chief of Staff of the Armed Forces of Malta", "Chief of Staff of the Armed Forces"} <= set(office.aliases)


def test_a_post_after_a_country_that_ends_no_force_is_not_the_forces(nlp):
    office = _office_of(nlp, "The Republic of Malta chief of staff Col Mark Borg met Italian officers in Valletta.", "Mark Borg")
    assert office is None or not any("Forces" in alias for alias in office.aliases)


def test_no_name_after_a_longer_post_of_the_force_makes_no_post(nlp):
    text = "The Armed Forces of Malta chief of staff said the talks in Valletta went well."
    assert holdings(extract_text(nlp, text, PUBLISHED)) == set()


# --- "X, the Minister for A and Minister for B, ...": a second post of a portfolio the lexicon lacks

def test_a_second_post_in_apposition_after_the_name(nlp):
    text = "Canada was represented by Mary Lee, the Minister for Defence Industry and Minister for Arctic Affairs, who met Danish officials."
    held = _held(nlp, text)
    assert ("Mary Lee", "Defence Industry Minister", "CAN") in held
    assert ("Mary Lee", "Minister for Arctic Affairs", "CAN") in held


def test_a_second_post_with_and_inside_its_portfolio(nlp):
    text = "Tom Ngata, Minister of Defence and Minister of Veterans and Sports, said the deal was signed in Apia."
    assert ("Tom Ngata", "Minister of Veterans and Sports", "WSM") in _held(nlp, text)


def test_a_second_post_with_no_name_before_it_gives_none(nlp):
    text = "The talks between the Defence Minister and Minister for Trade, and officials from Fiji, ended."
    assert _held(nlp, text) == set()


# --- "India's Ambassador in Washington, X": where an envoy is posted, between the title and the name

def test_an_ambassador_in_a_capital_named_in_commas(nlp):
    text = "Chile's Ambassador in Lima, Rosa Morales Vega, attended the talks."
    # an envoy at a capital is the envoy to its country (see test_envoy_in_a_capital)
    assert ("Rosa Morales Vega", "Ambassador to Peru", "CHL") in _held(nlp, text)


def test_a_deputy_chief_of_mission_in_a_capital(nlp):
    text = "Japan's Deputy Chief of Mission in Hanoi Kenji Mori hosted the reception."
    assert ("Kenji Mori", "Deputy Chief of Mission", "JPN") in _held(nlp, text)


def test_the_station_is_not_the_envoys_country(nlp):
    text = "The ambassador in Canberra, Pierre Dupont, spoke on Monday."
    assert not any(country == "AUS" for _, _, country in _held(nlp, text))


def test_in_and_no_place_after_an_envoy_title_finds_no_name(nlp):
    assert _held(nlp, "Ambassador in residence Tom Hill spoke in Boston.") == set()


# --- "Exercise X" taken whole for a person's name

def test_an_exercise_named_with_its_kind_word_is_no_person(nlp):
    from extract_helpers import person_names

    # the model takes both "Exercise Kowari" and "Exercise Kalinga" for persons
    text = ("Marles hosted Fiji's Minister of Defence, Ratu Pio Vuni, for a trilateral defence ministers' meeting "
            "alongside Exercise Kowari.")
    assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Ratu Pio Vuni"]
    assert person_names(extract_text(nlp, "Tonga hosted the defence ministers' meeting alongside Exercise Kalinga.", PUBLISHED)) == []


def test_a_name_after_exercise_as_a_verb_is_still_a_person(nlp):
    from extract_helpers import person_names

    text = "Defence Minister Ana Ruiz of Chile said troops would exercise restraint."
    assert "Ana Ruiz" in person_names(extract_text(nlp, text, PUBLISHED))


# --- "... at the X Institute, where he was received by its President, Y": a national institution's head

def test_the_head_of_an_institution_with_a_country_in_its_name(nlp):
    text = "NAIROBI: Gen Ravi Menon toured the Kenya Military Academy with its Commandant, Brig Peter Otieno."
    assert ("Peter Otieno", "Commandant of the Kenya Military Academy", "KEN") in _held(nlp, text)


def test_the_head_of_an_institution_stands_where_the_story_is_filed(nlp):
    text = ("Tokyo, May 4 (ANI): India's Gen Ravi Menon spoke at the Institute for Defence Studies, where he was "
            "introduced by its President, Dr Kenji Ono. India and Japan signed a pact. India will host the next round.")
    assert ("Kenji Ono", "President of the Institute for Defence Studies", "JPN") in _held(nlp, text)


def test_its_head_after_an_organisation_is_still_the_organisations(nlp):
    text = "Officials met in Brussels at NATO headquarters, where its Secretary General Mark Rutte spoke."
    m = article_mentions(nlp, text, PUBLISHED)
    assert [p.title for p in m.organisation_posts] == ["Secretary-General"]
    assert m.holdings == []


def test_its_president_after_a_country_is_the_countrys(nlp):
    text = "Chile and its President, Ana Ruiz, hosted the summit in Santiago."
    assert not any("of the" in title for _, title, _ in _held(nlp, text))


# --- two namesakes told apart by rank ("Gen Bello" is the general, not the commodore named since)

def _aliases(nlp, text: str) -> dict[str, list[str]]:
    return {p.name: p.aliases for p in extract_text(nlp, text, PUBLISHED).persons}


def test_a_rank_led_short_form_goes_to_the_namesake_of_that_rank(nlp):
    text = ("The Minister of Defence, Gen Omar Bello, received the visitors. Later, Commodore Sani Bello held talks "
            "with the Ghanaian navy chief. Gen Bello said the talks went well.")
    aliases = _aliases(nlp, text)
    assert "Gen Bello" in aliases["Omar Bello"] and "Gen Bello" not in aliases["Sani Bello"]


def test_a_written_out_rank_matches_its_abbreviation(nlp):
    text = ("General Omar Bello met the visitors. Later, Colonel Sani Bello held talks with the Ghanaian navy chief. "
            "Col Bello said the talks went well.")
    aliases = _aliases(nlp, text)
    assert "Col Bello" in aliases["Sani Bello"] and "Col Bello" not in aliases["Omar Bello"]


def test_a_surname_alone_still_goes_to_the_namesake_named_last(nlp):
    text = ("General Omar Bello met the visitors. Later, Sani Bello held talks with the Ghanaian navy chief. "
            "Bello said the talks went well.")
    aliases = _aliases(nlp, text)
    assert "Bello" in aliases["Sani Bello"]


# --- regional commands: "Southern Army Commander X", "GOC-in-C of the Indian Army's Southern Command"

def test_a_regional_army_commander_is_a_post_of_its_own(nlp):
    text = "NEW DELHI: India and Oman held talks. Lt Gen Ravi Kumar, Central Army Commander, met the Indian minister in New Delhi."
    held = _held(nlp, text)
    assert ("Ravi Kumar", "Central Army Commander", "IND") in held
    assert not any(title == "Army Commander" for _, title, _ in held)


def test_two_word_regions_make_one_regional_command(nlp):
    for region in ("South Western", "South-Western", "North Eastern"):
        text = f"NEW DELHI: India and Oman held talks. Lt Gen Ravi Kumar, {region} Army Commander, met the Indian minister in New Delhi."
        assert ("Ravi Kumar", f"{region} Army Commander", "IND") in _held(nlp, text), region



def test_an_army_commander_without_a_region_stays_the_army_commander(nlp):
    text = "In the south, Army Commander Gen Ravi Kumar of India visited Dhaka."
    assert ("Ravi Kumar", "Army Commander", "IND") in _held(nlp, text)


def test_the_commander_in_chief_of_a_forces_command(nlp):
    text = ("Vice Admiral Anil Rao, Flag Officer Commanding-in-Chief of the Indian Navy's Eastern Naval Command, met "
            "French officers.")
    assert ("Anil Rao", "Flag Officer Commanding-in-Chief of the Eastern Naval Command", "IND") in _held(nlp, text)


def test_the_end_of_a_hyphened_title_is_no_title_of_its_own(nlp):
    # "...-in-Chief of the Indian Army" is no "Chief of the Indian Army"
    text = ("The minister received Lieutenant General Ravi Kumar, General Officer Commanding-in-Chief of the Indian "
            "Army's Western Command, in Tashkent.")
    held = _held(nlp, text)
    assert not any(title in ("Army Chief", "Chief of the Army") for _, title, _ in held)
    assert ("Ravi Kumar", "General Officer Commanding-in-Chief of the Western Command", "IND") in held


# --- "The Seychelles Coast Guard is headed by X": the head of a named body

def test_a_body_headed_by_an_officer_of_another_country(nlp):
    text = "The Seychelles Coast Guard is headed by an Indian Navy officer, Commandant Ravi Das."
    assert ("Ravi Das", "Head of the Seychelles Coast Guard", "SYC") in _held(nlp, text)


def test_a_force_commanded_by_an_officer(nlp):
    text = "The Kenya Navy is commanded by Maj Gen Paul Otieno, who took over in May."
    assert ("Paul Otieno", "Commander of the Kenya Navy", "KEN") in _held(nlp, text)


def test_a_delegation_led_by_someone_is_no_body_headed(nlp):
    held = _held(nlp, "The delegation was led by Defence Minister Ana Ruiz of Chile.")
    assert not any(title.startswith("Head of") for _, title, _ in held)


def test_one_whose_post_is_named_holds_no_headship_besides(nlp):
    held = _held(nlp, "The Army is led by Chief of Army Staff Gen Ravi Kumar of India.")
    assert {title for _, title, _ in held} == {"Chief of Army Staff"}


def test_a_command_whose_name_holds_two_unit_words(nlp):
    # the command runs to its last unit's word: "...'s Western Theatre Command", not "...'s Western Theatre"
    text = ("Lieutenant General Arjun Mehta, General Officer Commanding-in-Chief of the Indian Army's Western Theatre "
            "Command, met French officers.")
    held = _held(nlp, text)
    assert ("Arjun Mehta", "General Officer Commanding-in-Chief of the Western Theatre Command", "IND") in held
