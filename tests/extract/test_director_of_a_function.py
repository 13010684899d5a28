"""A director's post named by the directorate's work alone, with no body word ("Director of Military
Cooperation of X", "Director General of International Policy of X's Ministry of Defence"), is the
post of the name beside it, its country from the phrase or from an adjective or possessive before
it; a lower-case "director of studies" or a film's director is no post."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held


def test_director_of_a_function_of_a_country(nlp):
    x = extract_text(nlp, "The Director of Military Cooperation of Latvia, Brigadier Arvo Kask, met a visiting Estonian "
                          "delegation on Monday.")
    assert ("Director of Military Cooperation", "LVA") in {(t, c) for t, c, _ in posts_held(x).get("Arvo Kask", [])}


def test_director_general_of_a_function_of_a_countrys_ministry(nlp):
    x = extract_text(nlp, "The Director General of International Policy of Estonia's Ministry of Defence, Tarmo Lepik, met "
                          "Latvian officials in Tallinn on Friday.")
    assert ("Director General of International Policy", "EST") in {(t, c) for t, c, _ in posts_held(x).get("Tarmo Lepik", [])}


def test_director_of_a_function_after_a_possessive(nlp):
    x = extract_text(nlp, "Estonia's Director of Military Intelligence, Colonel Peeter Sild, met Finnish officers on Monday "
                          "in Tallinn.")
    assert ("Director of Military Intelligence", "EST") in {(t, c) for t, c, _ in posts_held(x).get("Peeter Sild", [])}


def test_commandant_read_as_a_works_title(nlp):
    x = extract_text(nlp, "TALLINN, March 10 -- The Commandant of the National Defence College, Colonel Arvo Kask, "
                          "welcomed a delegation on Monday.")
    assert any(t == "Commandant of the National Defence College" for t, _, _ in posts_held(x).get("Arvo Kask", []))


def test_director_of_a_film_or_lower_case_work_is_no_post(nlp):
    x = extract_text(nlp, "The Director of the film Amani Road, Tarmo Lepik, said on Monday that shooting would begin in "
                          "Tallinn. The director of studies, Peeter Sild, said the course would begin.")
    held = posts_held(x)
    assert not held.get("Tarmo Lepik") and not held.get("Peeter Sild")


def test_secretariat_of_a_body_or_lower_case_work_is_no_countrys_directorate(nlp):
    x = extract_text(nlp, "Latvian officials received the Director of the NBRF Secretariat, Colonel Arvo Kask, in Riga. "
                          "The Latvian Navy's director of Baltic operations, Tarmo Lepik, also attended.")
    held = posts_held(x)
    assert not any(c == "LVA" for _, c, _ in held.get("Arvo Kask", []))
    # the lower-case remit is read whole ("Director of Baltic Operations"), never cut at its capital
    assert not any(t == "Director of Baltic" for t, _, _ in held.get("Tarmo Lepik", []))
