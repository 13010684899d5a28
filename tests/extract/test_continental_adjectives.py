"""An adjective of a continent that ends in a country's demonym ("South American", "Inter-American")
is no country's: its framework's members are the countries listed, not the United States."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, holdings, membership_triples


def test_continent_in_a_bodys_name_is_no_member(nlp):
    text = "Chile, Argentina and Brazil are members of the South American Defence Council."
    countries = {country for country, _, _ in membership_triples(extract_text(nlp, text))}
    assert countries == {"CHL", "ARG", "BRA"}


def test_hyphened_continent_is_no_member(nlp):
    text = "Chile and Peru are members of the Inter-American Defense Board."
    countries = {country for country, _, _ in membership_triples(extract_text(nlp, text))}
    assert countries == {"CHL", "PER"}


def test_continental_adjective_tags_no_country_but_the_demonym_alone_does(nlp):
    doc = nlp("Latin American envoys met the American and South African ministers.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids["Latin American"] == ""
    assert ids["American"] == "country:USA"
    assert ids["South African"] == "country:ZAF"


def test_a_continents_ministers_forum_is_named_with_its_kind_word(nlp):
    text = "Defence officials from Chile and Uruguay met at the Latin American Defence Ministers' forum in Montevideo."
    assert framework_kinds(extract_text(nlp, text)).get("Latin American Defence Ministers' forum") == "Forum"


def test_a_us_people_word_stays_the_united_states(nlp):
    doc = nlp("Afro-American veterans met the Pan American delegation.")
    ids = {e.text: e.ent_id_ for e in doc.ents}
    assert ids.get("Pan American") == ""
    assert "country:USA" in ids.values()


def test_a_regions_minister_borrows_no_country_from_the_meetings_place(nlp):
    # "Latin American" says one country of many: not Portugal, where the meeting is
    text = "Latin American defence minister Mateo Rojas met Portuguese Defence Minister Rui Santos in Lisbon on Monday."
    held = holdings(extract_text(nlp, text))
    assert ("Rui Santos", "Defence Minister", "PRT") in held
    assert not any(person == "Mateo Rojas" for person, _, _ in held)


def test_a_country_named_before_the_title_still_gives_the_post(nlp):
    text = "Chilean defence minister Mateo Rojas met Portuguese Defence Minister Rui Santos in Lisbon on Monday."
    assert ("Mateo Rojas", "Defence Minister", "CHL") in holdings(extract_text(nlp, text))
