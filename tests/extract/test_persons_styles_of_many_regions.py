"""Names written with the courtesy styles and given names of many regions, on sentences written
for these tests: the style is no part of the name, a given name that is also a ruler's title is."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 9, 18)


def test_a_given_name_that_is_a_rulers_title_after_an_officers_rank(nlp):
    text = "The Chief of the General Staff of Uzbekistan, Major General Sultan Rakhimov, attended the drill."
    x = extract_text(nlp, text, PUBLISHED)
    assert "Sultan Rakhimov" in person_names(x)
    assert ("Sultan Rakhimov", "Chief of General Staff", "UZB") in holdings(x)


def test_a_given_name_that_is_a_rulers_title_after_a_post(nlp):
    text = "Kyrgyz Deputy Defence Minister Emir Osmonov met the visiting delegation in Bishkek."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Emir Osmonov", "Deputy Defence Minister", "KGZ") in holdings(x)


def test_a_rulers_title_alone_before_a_name_stays_a_title(nlp):
    text = "Oman's Sultan Haitham bin Tariq received the visiting delegation in Muscat."
    x = extract_text(nlp, text, PUBLISHED)
    assert "Sultan Haitham bin Tariq" not in person_names(x)


def test_a_brunei_style_of_three_words_is_no_part_of_the_name(nlp):
    text = "Brunei's Deputy Minister of Defence Dato Seri Pahlawan Awang Rosli bin Haji Abdul Karim met the envoy."
    x = extract_text(nlp, text, PUBLISHED)
    assert "Awang Rosli bin Haji Abdul Karim" in person_names(x)


def test_a_cambodian_style_is_no_part_of_the_name(nlp):
    text = "Samdech Chea Vuthy, the Deputy Prime Minister of Cambodia, received the Thai delegation."
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Chea Vuthy"]


def test_a_long_cambodian_style_in_either_spelling_is_no_part_of_the_name(nlp):
    # the style is romanised "Bovor" or "Borvor"; both are one style before the name
    for style in ("Samdech Moha Bovor Thipadei", "Samdech Moha Borvor Thipadei"):
        text = f"{style} Chea Vuthy, Prime Minister of Cambodia, received the Thai delegation."
        assert person_names(extract_text(nlp, text, PUBLISHED)) == ["Chea Vuthy"], style


def test_a_chamber_presiding_officer_before_a_styled_name(nlp):
    text = "The Thai minister called on Cambodian Senate President Samdech Techo Lim Dara in Phnom Penh."
    assert ("Lim Dara", "Senate President", "KHM") in holdings(extract_text(nlp, text, PUBLISHED))
    text = "The Thai minister met the Speaker of the National Assembly of Cambodia, Khuon Sudary, in Phnom Penh."
    assert ("Khuon Sudary", "National Assembly Speaker", "KHM") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_speaker_at_an_event_holds_no_post(nlp):
    text = "The keynote speaker, Dr Lim Dara of the Cambodian Institute for Peace, opened the seminar in Phnom Penh."
    assert not any("Speaker" in title for _, title, _ in holdings(extract_text(nlp, text, PUBLISHED)))


def test_a_minister_responsible_for_a_portfolio(nlp):
    text = "Bahrain's Minister Responsible for Defence Affairs Lt Gen Salman bin Rashid Al Ameri met the envoy."
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Salman bin Rashid Al Ameri"]  # not "Responsible"
    assert ("Salman bin Rashid Al Ameri", "Defence Affairs Minister", "BHR") in holdings(x)


def test_responsible_for_after_a_person_is_no_post(nlp):
    text = "Bahraini Defence Minister Salman Al Ameri, responsible for defence affairs since 2022, met the envoy."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Salman Al Ameri", "Defence Minister", "BHR") in holdings(x)


def test_a_second_post_after_a_comma_shares_the_country_of_the_first(nlp):
    # the francophone "Minister of State, Minister of Defence X": the demonym before the first post
    text = "Guinean Minister of State, Minister of Defence Mamadou Kaba Conde met his Malian counterpart."
    assert ("Mamadou Kaba Conde", "Defence Minister", "GIN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_tri_service_chairman_written_without_of_the(nlp):
    text = "Bangladesh's Chairman Joint Chiefs of Staff Committee General Rafiq Uddin Chowdhury visited Ankara."
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Rafiq Uddin Chowdhury"]
    assert ("Rafiq Uddin Chowdhury", "Chairman of the Joint Chiefs of Staff Committee", "BGD") in holdings(x)


def test_a_post_after_a_comma_with_its_own_country_keeps_it(nlp):
    text = "Guinean Defence Minister Mamadou Conde, Malian Army Chief General Issa Keita and others met in Bamako."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Issa Keita", "Army Chief", "MLI") in held


def test_a_given_name_that_is_the_name_of_the_posts_country(nlp):
    # the country is written before the post already: the same name after it is the holder's
    text = "Jordanian Defence Minister Jordan Haddad met the visiting delegation in Amman."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Jordan Haddad", "Defence Minister", "JOR") in holdings(x)


def test_a_country_after_a_post_of_another_country_stays_a_country(nlp):
    # a comma after the post: the country opens the next item of a list
    text = "The Jordanian Defence Minister, Jordan Armed Forces chief Yusuf Haddad and others met in Amman."
    assert not any(name.startswith("Jordan") for name in person_names(extract_text(nlp, text, PUBLISHED)))
