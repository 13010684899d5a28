"""A post named by the body its holder heads ("Commander of the Eastern Fleet", "President of the
Officers' Wives Association"), kept as written, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs, offices_held

PUBLISHED = date(2025, 9, 16)


def _offices(nlp, text: str) -> dict[str, tuple[str, str, list[str]]]:
    """person name -> (office title, country, aliases) of each holding."""
    return {name: (o.title, o.country, o.aliases) for name, o in offices_held(extract_text(nlp, text, PUBLISHED)).items()}


def test_a_commander_of_a_fleet_before_the_name(nlp):
    text = "In Sattahip, Admiral Ruiz also met Commander of the Thai 3rd Fleet Vice Admiral Somchai Wongsuwan on Friday."
    assert ("Somchai Wongsuwan", "Commander of the Thai 3rd Fleet", "THA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_larger_body_after_the_fleet_is_written_but_not_in_the_title(nlp):
    text = "He called on the Commander of the Eastern Fleet of the Royal Thai Navy, Rear Admiral Somchai Wongsuwan, in Sattahip."
    title, country, aliases = _offices(nlp, text)["Somchai Wongsuwan"]
    assert (title, country) == ("Commander of the Eastern Fleet", "THA")  # "Royal Thai": the country inside the larger body
    assert "Commander of the Eastern Fleet of the Royal Thai Navy" in aliases


def test_a_ministry_with_its_portfolio_and_country(nlp):
    text = "He held talks with Secretary-General of the Ministry of Defence of Peru Carlos Quispe Mamani in Lima."
    title, country, aliases = _offices(nlp, text)["Carlos Quispe Mamani"]
    assert (title, country) == ("Secretary-General of the Ministry of Defence", "PER")
    assert "Secretary-General of the Ministry of Defence of Peru" in aliases


def test_a_post_of_an_association_after_the_name_in_commas(nlp):
    text = "Kenya's Defence Minister Peter Otieno Mwangi was accompanied by Grace Njeri Mwangi, President of the Officers Wives Association, in Nairobi."
    assert ("Grace Njeri Mwangi", "President of the Officers Wives Association", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_president_of_a_country_or_the_head_of_a_delegation_is_no_body_post(nlp):
    text = "President of Ghana Kwame Mensah Boateng met the head of the delegation, Colonel Ama Owusu Darko, in Accra."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kwame Mensah Boateng", "President", "GHA") in held
    assert not any(title.startswith("Head of") for _, title, _ in held)


def test_a_known_title_ending_in_a_head_word_takes_the_body_after_it(nlp):
    text = "Kenya's Defence Minister met Major General Omar Farah Hassan, the General Officer Commanding-in-Chief of the Eastern Command, in Mombasa."
    assert ("Omar Farah Hassan", "General Officer Commanding-in-Chief of the Eastern Command", "KEN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_body_that_owns_another_is_no_body_of_the_post(nlp):
    # "of the Kenyan Army's Eastern Command": the post is of the command, not of the army
    text = "He met Major General Omar Farah Hassan, General Officer Commanding-in-Chief of the Kenyan Army's Eastern Command, in Mombasa."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title.endswith("Kenyan Army") for _, title, _ in held)


def test_a_post_of_a_countrys_force_written_with_its_possessive(nlp):
    text = "Admiral Ruiz held a video call with the Chilean Navy's Flag Officer in Command, Vice Admiral Pedro Soto Aguirre, on Monday."
    assert ("Pedro Soto Aguirre", "Flag Officer in Command", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))



def test_the_country_of_a_force_named_before_the_post(nlp):
    # "Chile Joint Forces Commander-in-Chief X": the force's country is the post's, not the host's
    text = "In Lima, Admiral Ruiz met Chile Joint Forces Commander-in-Chief Vice Admiral Pedro Soto Aguirre on Monday."
    assert ("Pedro Soto Aguirre", "Commander-in-Chief", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_force_name_without_a_country_gives_the_post_no_country(nlp):
    # "the Joint Forces Commander-in-Chief": no country word opens the force's name; the post
    # takes its country from elsewhere (here the city of the sentence), not from a word before
    text = "In Lima, Admiral Ruiz met Joint Forces Commander-in-Chief Vice Admiral Pedro Soto Aguirre on Monday."
    assert ("Pedro Soto Aguirre", "Commander-in-Chief", "PER") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_title_then_a_hyphenated_force_of_a_country_before_the_name(nlp):
    text = "He called on Chief of Staff, Joint Staff of the Japan Self-Defense Forces General Kenji Morita in Tokyo."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Kenji Morita", "Chief of Staff, Joint Staff", "JPN") in holdings(x)


def test_an_officials_rank_then_the_ministry_after_a_comma(nlp):
    text = ("Kenya's Principal Secretary Peter Otieno Mwangi and Ian Walsh, Permanent Secretary, Ministry of Defence of Ireland, "
            "co-chaired the talks in Nairobi on Tuesday. The Permanent Secretary later called on Kenya's Chief of Defence Forces, "
            "General Joseph Kamau Njoroge.")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Ian Walsh", "Permanent Secretary, Ministry of Defence", "IRL") in holdings(x)
    assert ("Ian Walsh", "Joseph Kamau Njoroge") in meeting_pairs(x)  # "the Permanent Secretary" is Walsh


def test_a_portfolio_title_before_a_comma_and_a_ministry_stays_as_it_is(nlp):
    # "the Defence Secretary, Ministry of Defence, X": the ministry adds nothing to a post named by its portfolio
    text = "The Defence Secretary, Ministry of Defence, Peter Otieno Mwangi said in Nairobi that Kenya's talks went well."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any("Ministry" in title for _, title, _ in held)


def test_a_force_title_then_its_country_is_written_with_it(nlp):
    text = "He met Chief of Staff of the Armed Forces of Chile General Pedro Soto Aguirre in Santiago."
    title, country, aliases = _offices(nlp, text)["Pedro Soto Aguirre"]
    assert country == "CHL" and "Chief of Staff of the Armed Forces of Chile" in aliases


def test_a_title_then_a_comma_and_a_country_is_not_written_with_it(nlp):
    # "Chief of Defence Forces, Chile": the country is set off, not part of the written post
    text = "He met the Chief of Defence Forces, Chile, General Pedro Soto Aguirre, in Santiago."
    for title, _, aliases in _offices(nlp, text).values():
        assert not any(a.endswith("Chile") for a in aliases)


def test_a_title_then_a_royal_force_of_a_country_before_the_name_in_commas(nlp):
    text = "In Kochi, the Chief of Navy of the Royal Thai Navy, Admiral Somchai Wongsuwan, called on Admiral Ruiz."
    title, country, aliases = _offices(nlp, text)["Somchai Wongsuwan"]
    assert country == "THA" and "Chief of Navy of the Royal Thai Navy" in aliases


def test_royal_before_a_word_that_is_no_country_gives_no_country(nlp):
    # "of the Royal Navy": the British service is named without a country word; no country is read after the title
    text = "In Kochi, the Chief of Staff of the Royal Navy, Admiral Somchai Wongsuwan, called on Kenya's Admiral Ruiz."
    assert all(country != "THA" for _, _, country in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_force_whose_last_word_opens_the_title_gives_its_country(nlp):
    # "Chilean National Army commander X": the title took "Army"; the force's country is the post's
    text = "In Nairobi, Kenya's army chief received Chilean National Army commander Brigadier General Pedro Soto Aguirre on Monday."
    assert ("Pedro Soto Aguirre", "Army Commander", "CHL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_commander_of_a_naval_area(nlp):
    text = "He is scheduled to meet the Commander of the Northern Naval Area, Rear Admiral Ravi Perera Silva, in Jaffna, Sri Lanka."
    assert ("Ravi Perera Silva", "Commander of the Northern Naval Area", "LKA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_lowercase_area_is_no_body(nlp):
    # "the head of the area office": no capitalised name of a body
    text = "Kenya's Defence Minister Peter Otieno Mwangi met the head of the area, Colonel Ama Owusu Darko, in Nairobi."
    assert not any(title.lower().startswith("head of") for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_unit_after_the_services_possessive_is_the_post(nlp):
    # "Commander of the Ruritanian Navy's ..." is no commander of the navy: of the fleet after the possessive
    text = "Admiral Ruiz also met Commander of the Peruvian Navy's Second Fleet Vice Admiral Luis Quispe in Callao on Friday."
    title, country, aliases = _offices(nlp, text)["Luis Quispe"]
    assert (title, country) == ("Commander of the Second Fleet", "PER")
    assert "Commander of the Peruvian Navy's Second Fleet" in aliases


def test_a_division_of_an_army_named_with_a_possessive(nlp):
    text = "Commander of the Bolivian Army's Fourth Division Major General Ramiro Mamani met Admiral Ruiz in La Paz."
    assert ("Ramiro Mamani", "Commander of the Fourth Division", "BOL") in holdings(extract_text(nlp, text, PUBLISHED))


def test_what_follows_the_possessive_in_lower_case_is_no_unit_named(nlp):
    text = "The Commander of the Peruvian Navy's frigate squadron, Vice Admiral Luis Quispe, met Admiral Ruiz in Callao."
    assert not any(title.endswith("squadron") for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_fleet_after_the_services_possessive_behind_a_commanding_title(nlp):
    text = "Vice Admiral Luis Quispe, Flag Officer Commanding-in-Chief of the Peruvian Navy's Pacific Fleet, met French officers."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Luis Quispe", "Flag Officer Commanding-in-Chief of the Pacific Fleet", "PER") in held


def test_a_title_opening_a_paragraph_takes_no_line_break_into_its_forms(nlp):
    text = ("Peru and Ecuador held naval talks on Monday.\n\n"
            "Commander of the Peruvian Navy Admiral Luis Quispe met Ecuadorian officers in Callao.")
    office = offices_held(extract_text(nlp, text, PUBLISHED))["Luis Quispe"]
    assert office.country == "PER"
    assert not any("\n" in form for form in office.aliases + [e.text for e in office.evidence])


# --- a known title ending in "Officer" heads the body named after it; "an officer of" heads nothing

def test_a_staff_officer_title_of_a_named_division(nlp):
    text = "In Accra, he is due to meet the Principal Staff Officer of the Joint Operations Division, Brigadier Kofi Mensah Boateng."
    title, country, _ = _offices(nlp, text)["Kofi Mensah Boateng"]
    assert (title, country) == ("Principal Staff Officer of the Joint Operations Division", "GHA")


def test_an_officer_of_a_named_body_is_no_post(nlp):
    text = "In Accra, he met an officer of the Joint Operations Division, Major Kofi Mensah Boateng."
    assert not any("Division" in title for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_fleet_flag_officer_of_a_navy(nlp):
    text = "Rear Admiral Jonas Shikongo, Flag Officer Fleet of the Namibian Navy, met Angolan officers in Walvis Bay."
    title, country, aliases = _offices(nlp, text)["Jonas Shikongo"]
    assert (title, country) == ("Flag Officer Fleet", "NAM")
    assert "Flag Officer Fleet of the Namibian Navy" in aliases


def _organisation_posts(nlp, text: str) -> dict[str, tuple[str, str, str | None]]:
    """person name -> (office title, country, name of the body whose post it is)."""
    x = extract_text(nlp, text, PUBLISHED)
    bodies = {f.key: f.name for f in x.frameworks}
    return {name: (o.title, o.country, bodies.get(o.organisation)) for name, o in offices_held(x).items()}


def test_a_blocs_head_named_right_after_the_bloc(nlp):
    # no commas: the holder's name follows the body's name
    text = "Secretary-General of NATO Lars Bergqvist met the Slovak minister in Bratislava."
    title, country, body = _organisation_posts(nlp, text)["Lars Bergqvist"]
    assert (title, country, body) == ("Secretary-General", "", "NATO")


def test_the_executive_secretary_of_a_regional_community(nlp):
    text = "The Executive Secretary of SADC, Tendai Moyo, opened the summit in Gaborone."
    title, country, body = _organisation_posts(nlp, text)["Tendai Moyo"]
    assert (title, country, body) == ("Executive Secretary", "", "SADC")


def test_a_lowercase_executive_secretary_of_a_committee_is_no_post(nlp):
    text = "The executive secretary of the committee, Tendai Moyo, said the meeting was useful."
    assert "Tendai Moyo" not in offices_held(extract_text(nlp, text, PUBLISHED))


def test_a_body_whose_name_goes_on_past_the_blocs_name(nlp):
    # "of the SADC Commission, X,": the body is the commission (no name after the bloc), its holder in commas
    text = "The President of the SADC Commission, Tendai Moyo, opened the session in Windhoek."
    assert offices_held(extract_text(nlp, text, PUBLISHED))["Tendai Moyo"].title == "President"
