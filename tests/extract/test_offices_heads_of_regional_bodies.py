"""The head of a body named for a region ("President of the Nordic Council", "Chairperson of the African
Standby Commission") holds that body's post, of no country: not the country of the place the sentence
names nor of the other side; a ministry's regional department is still a country's."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_apposed_head_of_a_regional_body_has_no_country(nlp):
    x = extract_text(nlp, "Finnish Defence Minister Aino Virtanen met Lars Holm, President of the Nordic Council, "
                          "in Helsinki on Monday.")
    assert ("Lars Holm", "President of the Nordic Council", "") in holdings(x)


def test_title_first_head_of_a_regional_body_has_no_country(nlp):
    x = extract_text(nlp, "Kenyan Defence Minister Amina Wekesa met the President of the African Peace Council, "
                          "Samuel Diallo, in Nairobi on Monday.")
    assert ("Samuel Diallo", "President of the African Peace Council", "") in holdings(x)


def test_head_of_a_ministry_regional_department_keeps_its_country(nlp):
    x = extract_text(nlp, "Finnish Defence Minister Aino Virtanen met Lars Holm, Head of the European Department, "
                          "in Helsinki on Monday.")
    assert not any(person == "Lars Holm" and country == "" for person, _, country in holdings(x))
