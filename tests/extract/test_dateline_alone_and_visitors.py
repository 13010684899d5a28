"""A dateline alone on its line, a visitor named in a relative clause, and a past meeting whose host
is unknown, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, holdings

PUBLISHED = date(2025, 7, 8)


def _mentions(nlp, text: str):
    return article_mentions(nlp, text, PUBLISHED)


def test_a_city_in_capitals_alone_on_a_line_is_the_dateline(nlp):
    text = "Army chief visits Kenya\n\nNAIROBI\n\nChile's Army Commander General Pedro Soto Aguirre met officials on Tuesday.\n"
    m = _mentions(nlp, text)
    assert m.dateline_place is not None and m.places[m.dateline_place].name == "Nairobi"


def test_a_line_of_capitals_that_is_no_city_is_no_dateline(nlp):
    text = "ANALYSIS\n\nChile's Army Commander General Pedro Soto Aguirre met officials in Nairobi on Tuesday.\n"
    assert _mentions(nlp, text).dateline_place is None


def test_a_visitor_in_a_relative_clause_holds_no_post_of_the_host(nlp):
    # "X, who is on a visit to Kenya": X's unqualified post is not Kenya's, whatever the dateline says
    text = ("Navy chief visits Kenya\n\nNAIROBI\n\nChief of the Naval Staff Admiral Pedro Soto Aguirre, who is on a "
            "four-day visit to Kenya, called on President Joseph Kamau Njoroge on Tuesday. Kenya and Chile signed a pact. "
            "Kenya's navy hosted him.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Pedro Soto Aguirre" and country == "KEN" for name, _, country in held)
    assert ("Joseph Kamau Njoroge", "President", "KEN") in held


def test_a_past_meeting_abroad_with_no_known_visitor_moves_no_post(nlp):
    # "Mr. A held talks with Mr. B in Santiago": who visited whom is unknown; B keeps the dateline's post
    text = ("Navy chief visits Kenya\n\nNAIROBI\n\nPresident Joseph Kamau Njoroge received the Chilean Navy chief on Tuesday. "
            "Kenya and Kenya's navy welcomed him. Prime Minister Pablo Ruiz Tagle held talks with Mr. Njoroge in "
            "Santiago in December 2024.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Joseph Kamau Njoroge", "President", "KEN") in held
    assert not any(name == "Joseph Kamau Njoroge" and country == "CHL" for name, _, country in held)


def test_the_city_of_an_event_someone_attends_is_not_their_countrys(nlp):
    text = ("ACCRA (AFP) - National Security Adviser Peter Otieno Mwangi on Tuesday attended the meeting of the "
            "conclave's advisers in Accra. Kenya and Kenya's navy sent officers. Mwangi later met Ghana's Defence "
            "Minister Kwame Mensah Boateng.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Peter Otieno Mwangi" and country == "GHA" for name, _, country in held)


def test_the_city_where_someone_speaks_still_places_them(nlp):
    # not an event attended: "said in Accra" keeps the sentence's city
    text = "Chile and Kenya sent envoys. Prime Minister Kwame Mensah Boateng said in Accra on Tuesday that talks went well.\n"
    assert ("Kwame Mensah Boateng", "Prime Minister", "GHA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_a_story_naming_no_country_is_told_from_its_dateline(nlp):
    # no country or people word anywhere: the posts are the country the story is filed from
    x = extract_text(nlp, "LUSAKA, May 2 - President Grace Banda hosted her guest at the palace, according to "
                          "State House spokesman Peter Zulu.", PUBLISHED)
    assert ("Grace Banda", "President", "ZMB") in holdings(x)


def test_a_story_naming_no_country_and_no_dateline_places_no_post(nlp):
    x = extract_text(nlp, "President Grace Banda hosted her guest at the palace, according to State House spokesman "
                          "Peter Zulu.", PUBLISHED)
    assert not any(person == "Grace Banda" for person, _, _ in holdings(x))
