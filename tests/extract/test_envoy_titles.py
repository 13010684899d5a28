"""An envoy's post names the country he is sent to, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs, person_names

PUBLISHED = date(2025, 6, 3)


def test_an_ambassador_to_a_country_holds_a_post_of_the_sending_country(nlp):
    text = "Chile's Ambassador to Peru Rosa Morales Vega said the visit would deepen ties."
    x = extract_text(nlp, text, PUBLISHED)
    assert "Rosa Morales Vega" in person_names(x)
    assert ("Rosa Morales Vega", "Ambassador to Peru", "CHL") in holdings(x)


def test_a_high_commissioner_to_a_country_named_in_commas(nlp):
    text = "The Canadian High Commissioner to Kenya, Paul Lavoie, hosted a reception in Nairobi."
    assert ("Paul Lavoie", "High Commissioner to Kenya", "CAN") in holdings(extract_text(nlp, text, PUBLISHED))


def test_to_after_a_title_that_is_no_envoys_is_no_host(nlp):
    # a minister travelling "to" a country: the country is his destination, not part of his post
    text = "Chile's Defence Minister Rosa Morales Vega to Peru next week, officials said."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(title.endswith("to Peru") for _, title, _ in held)


def test_an_ambassador_of_the_sending_country_to_the_host(nlp):
    # the sending country after "of", then the host after "to": one post of the sender
    text = "The Ambassador of Ecuador to Japan, Lucia Paredes Mora, met the minister in Tokyo."
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Lucia Paredes Mora", "Ambassador to Japan", "ECU") in holdings(x)


def test_an_ambassador_of_a_country_to_the_host_at_a_sentence_start(nlp):
    text = "Ambassador of Ecuador to Japan Lucia Paredes Mora met the minister in Tokyo."
    assert ("Lucia Paredes Mora", "Ambassador to Japan", "ECU") in holdings(extract_text(nlp, text, PUBLISHED))


def test_an_ambassador_of_a_country_travelling_to_another_is_no_host(nlp):
    text = "The Ambassador of Ecuador, Lucia Paredes Mora, flew to Japan on Monday."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Lucia Paredes Mora", "Ambassador", "ECU") in held


def test_ambassador_after_an_apposed_title_is_the_holders_rank(nlp):
    # "The Secretary-General, Ambassador X,": a rank before the name, as "General" is; the post is the body's
    text = "The SADC Secretary-General, Ambassador Tomas Lindqvist, met Zambian Defence Minister Grace Banda in Lusaka on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    held = holdings(x)
    assert ("Tomas Lindqvist", "Secretary-General", "") in held
    assert not any(title == "Ambassador" for _, title, _ in held)
    assert meeting_pairs(x) == {("Grace Banda", "Tomas Lindqvist")}


def test_ambassador_alone_before_a_name_stays_a_post(nlp):
    text = "Chile's Ambassador, Rosa Morales Vega, said the visit would deepen ties."
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Rosa Morales Vega", "Ambassador", "CHL") in held


def test_an_envoy_to_a_country_named_without_a_sender_is_not_of_the_host(nlp):
    # no sender before the post: the envoy is of the other side of the visit, never the host's
    text = ("Chilean Defence Minister Rosa Morales Vega arrived in Lima on Monday. She was accompanied by "
            "Ambassador to Peru Tomas Ibarra Lagos. Morales met Prime Minister Julio Quispe Mamani.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Ibarra Lagos", "Ambassador to Peru", "CHL") in held
    assert ("Julio Quispe Mamani", "Prime Minister", "PER") in held


def test_our_envoy_in_a_ministry_release_is_of_the_releasing_country(nlp):
    text = ("The Chilean Ministry of Defence said Minister Rosa Morales Vega held talks with Peruvian Defence Minister "
            "Julio Quispe Mamani in Santiago on March 8. Our Ambassador to Peru, Tomas Ibarra Lagos, also attended.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Ibarra Lagos", "Ambassador to Peru", "CHL") in held


def test_an_envoy_of_the_host_to_another_country_keeps_the_host(nlp):
    # must not fire: the host's own envoy to a third country is the host's
    text = ("Chilean Defence Minister Rosa Morales Vega arrived in Lima on Monday. "
            "Peru's Ambassador to Japan Tomas Ibarra Lagos also met her.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Ibarra Lagos", "Ambassador to Japan", "PER") in held


def test_an_envoys_host_country_is_no_context_for_another_post_in_the_sentence(nlp):
    # "to Ghana" belongs to the envoy's post: the officer listed beside the envoy is not thereby Ghana's
    text = ("NEW DELHI - Chief of the Naval Staff Admiral Arvind Korlekar leaves for Ghana on Tuesday, the Navy said. "
            "In Accra, Admiral Korlekar will call on Ghana's Minister of Defence, Kofi Amankwah. "
            "India's High Commissioner to Ghana, Meera Salvekar, will accompany the Navy chief throughout the visit, "
            "as will the Flag Officer Commanding-in-Chief, Eastern Naval Command, Vice Adm. Tarun Bhosale.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Meera Salvekar", "High Commissioner to Ghana", "IND") in held
    assert not any(person == "Tarun Bhosale" and country == "GHA" for person, _, country in held)


def test_a_country_named_apart_from_the_envoys_post_is_still_context(nlp):
    # "in Ghana" is no part of the envoy's post: the sentence places the untitled-country post there
    text = ("ACCRA - Chief of the Naval Staff Admiral Arvind Korlekar of India arrived on Tuesday. "
            "Defence Secretary Kojo Asante welcomed him at the airport in Ghana, the ministry said.")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kojo Asante", "Defence Secretary", "GHA") in held
