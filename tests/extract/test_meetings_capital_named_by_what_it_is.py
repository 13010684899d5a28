"""A meeting "in the national capital" or "in the Kenyan capital" is in the dateline's city when that
city is the capital meant, even after other meetings told elsewhere and a visit told only by its
country; another country's capital is not the dateline's."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name


def _article(place_phrase: str) -> str:
    return (
        "NAIROBI, Mar 11 (Reuters) Kenyan Defence Minister Aden Kiptoo held talks with Ugandan Defence Minister "
        "Jacob Okello on Tuesday.\n\n"
        "Defence Principal Secretary Mary Wanjiru and Ugandan Defence Secretary Paul Mugisha held a virtual meeting "
        "in September last year. Wanjiru had earlier hosted Mugisha in Kampala.\n\n"
        "Separately, Rwanda's Chief of Defence Staff Gen Jean Mugabo, who is on a three-day visit to Kenya, paid a "
        f"courtesy call on Army Commander Lt Gen Peter Njoroge {place_phrase} on Monday."
    )


@pytest.mark.parametrize("phrase", ["in the national capital", "in the Kenyan capital", "at the capital's military academy"])
def test_capital_told_by_what_it_is_is_the_datelines(nlp, phrase):
    x = extract_text(nlp, _article(phrase))
    meeting = meetings_by_participants(x)[("Jean Mugabo", "Peter Njoroge")]
    assert place_name(x, meeting) == "Nairobi"
    assert meeting.date.iso == "2025-03-10"


def test_another_countrys_capital_is_not_the_datelines(nlp):
    x = extract_text(nlp, _article("in the Rwandan capital"))
    assert place_name(x, meetings_by_participants(x)[("Jean Mugabo", "Peter Njoroge")]) != "Nairobi"


def _abroad_article(sentence: str) -> str:
    return _article("in the national capital").rsplit("\n\n", 1)[0] + "\n\n" + sentence


@pytest.mark.parametrize("sentence", [
    # review mend: a bare "the capital" of a sentence that tells a visit to another country
    "Separately, Army Commander Lt Gen Peter Njoroge, who is visiting Tanzania, paid a courtesy call on Tanzanian "
    "Chief of Defence Forces Gen Jacob Mkunda in the capital on Monday.",
    "Separately, Army Commander Lt Gen Peter Njoroge, on a visit to Tanzania, paid a courtesy call on Tanzanian "
    "Chief of Defence Forces Gen Jacob Mkunda in the national capital on Monday.",
])
def test_a_capital_told_during_a_visit_abroad_is_not_the_datelines(nlp, sentence):
    x = extract_text(nlp, _abroad_article(sentence))
    assert place_name(x, meetings_by_participants(x)[("Jacob Mkunda", "Peter Njoroge")]) != "Nairobi"



def test_another_country_s_capital_before_a_where_clause_is_that_city(nlp):
    text = (
        "MOMBASA - Ugandan Defence Minister Jacob Okello arrived in the Kenyan capital, where he met Kenyan Defence "
        "Minister Aden Kiptoo on Tuesday.\n\n"
        "Kiptoo later told reporters in Nairobi that the two countries would step up border patrols.\n"
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Jacob Okello")]
    assert place_name(x, meeting) == "Nairobi"


def test_a_capital_named_by_a_two_word_adjective_is_that_city(nlp):
    text = (
        "DURBAN - Kenyan Defence Minister Aden Kiptoo arrived in the South African capital on Tuesday.\n\n"
        "He held talks with South African Defence Minister Thandi Nkosi.\n\n"
        "Nkosi had earlier visited Pretoria and Durban.\n"
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Thandi Nkosi")]
    assert place_name(x, meeting) == "Pretoria"


def test_a_capital_named_by_a_one_word_adjective_is_still_that_city(nlp):
    text = (
        "MOMBASA - Ugandan Defence Minister Jacob Okello arrived in the Kenyan capital on Tuesday.\n\n"
        "He held talks with Kenyan Defence Minister Aden Kiptoo.\n\n"
        "Kiptoo had earlier visited Nairobi and Mombasa.\n"
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Jacob Okello")]
    assert place_name(x, meeting) == "Nairobi"


# --- "arrived in the Tanzanian capital, Dodoma, ...": the city set off by commas after the phrase

APPOSED = "NAIROBI - Kenyan Defence Minister Aden Kiptoo arrived in the Tanzanian capital, Dodoma, on Monday"


@pytest.mark.parametrize("rest", [
    ", where he held talks with Tanzanian Defence Minister Juma Mrisho.",
    " for talks with Tanzanian Defence Minister Juma Mrisho.",
    ". He held talks with Tanzanian Defence Minister Juma Mrisho on Tuesday.",
])
def test_a_capital_named_after_a_comma_is_the_city_not_the_datelines(nlp, rest):
    x = extract_text(nlp, APPOSED + rest)
    meeting = meetings_by_participants(x)[("Aden Kiptoo", "Juma Mrisho")]
    assert place_name(x, meeting) == "Dodoma"
    assert meeting.date is not None



def test_another_countrys_capital_left_unnamed_is_not_the_datelines(nlp):
    # "the Tanzanian capital, where ...": no city after the comma, and the visitor is no longer in the dateline's
    text = ("NAIROBI - Kenyan Defence Minister Aden Kiptoo arrived in the Tanzanian capital, where he held talks with "
            "Tanzanian Defence Minister Juma Mrisho on Monday.")
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Aden Kiptoo", "Juma Mrisho")]) != "Nairobi"
