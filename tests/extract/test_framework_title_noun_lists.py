"""A document's title may hold a list of title-case nouns after its kind word and a connector
("the Regional Strategy for the Stabilisation, Recovery and Resilience of ...") and a hyphened
compound adjective ("Flood-affected Areas"); a comma between two names still ends the first
(sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_list_of_nouns_inside_a_title(nlp):
    x = extract_text(nlp, "The ministers reaffirmed their commitment to the Regional Strategy for the Stabilisation, Recovery and "
                          "Resilience of the Flood-affected Areas of the Lake Kivu Region, adopted in 2019.")
    assert framework_kinds(x) == {"Regional Strategy for the Stabilisation, Recovery and Resilience of the Flood-affected Areas "
                                  "of the Lake Kivu Region": "Policy"}


def test_a_comma_between_names_ends_the_first(nlp):
    x = extract_text(nlp, "The ministers signed the Defence Cooperation Agreement, the Memorandum of Understanding on Training "
                          "and the Plan of Action.")
    assert framework_kinds(x) == {"Defence Cooperation Agreement": "Agreement", "Memorandum of Understanding on Training": "Agreement",
                                  "Plan of Action": "Agreement"}


def test_a_place_based_before_a_name_stays_out(nlp):
    x = extract_text(nlp, "Chile and Peru are founding members of the Lima-based Pacific Alliance.")
    assert "Pacific Alliance" in framework_kinds(x)


def test_a_list_of_nouns_closing_a_title(nlp):
    x = extract_text(nlp, "The ministers reaffirmed their commitment to the Protocol on Trade, Energy and Transport Cooperation, "
                          "signed in Arusha in 2009.")
    assert framework_kinds(x) == {"Protocol on Trade, Energy and Transport Cooperation": "Agreement"}


def test_days_after_a_title_stay_out(nlp):
    x = extract_text(nlp, "Officials discussed the Agreement on Fisheries, Monday and Tuesday talks were held in Lima.")
    assert not any("Monday" in name for name in framework_kinds(x))
