"""Offices written as "<country>'s <long title>, <name>," and the country of an unqualified title
in a story filed from a dateline city, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 3)


def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_joined_portfolio_ends_at_the_comma_before_its_holder(nlp):
    text = "Peru's Minister of Defence and Veteran Affairs, Carlos Mendoza Ruiz, met Colombian officials in Lima on Monday."
    assert ("Carlos Mendoza Ruiz", "Minister of Defence and Veteran Affairs", "PER") in _holds(nlp, text)


def test_sub_portfolio_ends_at_the_comma_before_a_ranked_holder(nlp):
    text = (
        "The talks were prepared by Chile's Assistant Minister of Defence for International Relations, "
        "Brigadier General Tomas Herrera, last week."
    )
    assert ("Tomas Herrera", "Assistant Minister of Defence for International Relations", "CHL") in _holds(nlp, text)


def test_a_capitalised_run_without_a_name_after_the_comma_is_not_a_title(nlp):
    # no holder set off by commas: the known title alone is kept, nothing is invented from the run
    text = "Peru's Minister of Defence and Veteran Affairs, the ministry said, will visit Lima. Peru and Chile agreed."
    assert not any(title.endswith("Veteran Affairs") for _, title, _ in _holds(nlp, text))


def test_a_story_filed_from_an_unnamed_country_gives_it_the_unqualified_titles(nlp):
    text = (
        "Lisbon, June 3 (Lusa) Morocco's Minister of Defence Abdellatif Loudiyi is set to hold talks with "
        "Defence Minister Nuno Melo here on Friday. Morocco and Portugal will sign a training pact. "
        "Morocco has bought patrol boats and Portugal has offered more. Officials in Morocco welcomed the visit."
    )
    held = _holds(nlp, text)
    assert ("Nuno Melo", "Defence Minister", "PRT") in held
    assert ("Abdellatif Loudiyi", "Defence Minister", "MAR") in held


def test_a_dateline_country_that_a_title_names_is_not_the_home(nlp):
    # filed from abroad: the host's minister is qualified, the unqualified one is the reporter's own
    text = (
        "Rabat, June 3 (Lusa) Defence Minister Nuno Melo held talks with Morocco's Minister of Defence "
        "Abdellatif Loudiyi here on Tuesday. Portugal and Morocco will sign a training pact. Portugal has "
        "offered patrol boats and Portugal will train crews. Officials in Morocco welcomed the visit."
    )
    held = _holds(nlp, text)
    assert ("Nuno Melo", "Defence Minister", "PRT") in held
    assert ("Nuno Melo", "Defence Minister", "MAR") not in held


def test_every_title_of_a_run_in_apposition_is_the_names(nlp):
    text = (
        "Sheikh Nasser bin Khalid Al Sabah, Governor of Ahmadi, Deputy Prime Minister and Minister of Defence, "
        "received Bahrain's Chief of Staff in Kuwait City today."
    )
    held = _holds(nlp, text)
    assert ("Nasser bin Khalid Al Sabah", "Deputy Prime Minister", "KWT") in held
    assert ("Nasser bin Khalid Al Sabah", "Defence Minister", "KWT") in held


def test_a_country_after_the_last_joined_title_is_every_joined_titles(nlp):
    text = "Jorge Almeida, Deputy Prime Minister and Minister of Defence of Portugal, met Spanish officials."
    held = _holds(nlp, text)
    assert ("Jorge Almeida", "Deputy Prime Minister", "PRT") in held
    assert ("Jorge Almeida", "Defence Minister", "PRT") in held


def test_a_run_broken_by_another_name_keeps_each_title_with_its_own_holder(nlp):
    text = (
        "Defence Minister Paulo Lima, and Ana Costa, Minister of Foreign Affairs of Brazil, met Chilean officials "
        "in Santiago. Brazil and Chile agreed to train together."
    )
    held = _holds(nlp, text)
    assert ("Ana Costa", "Foreign Affairs Minister", "BRA") in held
    assert not any(name == "Paulo Lima" and title == "Foreign Affairs Minister" for name, title, _ in held)


def test_a_title_of_a_city_is_that_citys_post_in_its_country(nlp):
    text = "Sheikh Khalid bin Zayed Al Nahyan, Crown Prince of Abu Dhabi, received Peru's Defence Minister Luis Salazar today."
    assert ("Khalid bin Zayed Al Nahyan", "Crown Prince of Abu Dhabi", "ARE") in _holds(nlp, text)


def test_a_city_owning_what_follows_is_not_in_the_title(nlp):
    # "of Lima's ...": the city owns the phrase after it, the post is not "Mayor of Lima"
    text = "Rosa Morales Vega, Director of Lima's port authority, met Chilean officials. Peru and Chile agreed."
    assert not any(title.endswith("of Lima") for _, title, _ in _holds(nlp, text))


def test_the_countrys_title_in_apposition_is_the_country_named_last(nlp):
    text = "Peru hosted the talks in Lima. Carlos Mendoza, the country's defence minister, met Chilean officials."
    assert ("Carlos Mendoza", "Defence Minister", "PER") in _holds(nlp, text)


def test_the_countrys_title_not_set_off_by_a_comma_is_not_the_subjects(nlp):
    # "X met the country's defence minister": the minister is someone else, unnamed
    text = "Peru hosted the talks in Lima. Carlos Mendoza met the country's defence minister on Monday."
    assert not any(name == "Carlos Mendoza" for name, _, _ in _holds(nlp, text))


def test_more_portfolio_words_before_the_holder_in_commas_belong_to_the_title(nlp):
    text = "Peru's Vice Minister of Defence Policy, Luis Alva Castro, met Chilean officials in Lima."
    x = extract_text(nlp, text, PUBLISHED)
    assert "Policy" not in [p.name for p in x.persons]
    assert ("Luis Alva Castro", "Vice Minister of Defence Policy", "PER") in holdings(x)


def test_a_name_right_after_a_known_title_is_not_taken_into_it(nlp):
    text = "Peru's Minister of Defence Luis Alva Castro, who arrived on Monday, met Chilean officials."
    assert ("Luis Alva Castro", "Defence Minister", "PER") in _holds(nlp, text)
