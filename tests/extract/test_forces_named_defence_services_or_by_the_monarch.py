"""Heads of armed forces whose names are no service of the [service] list: forces called "Defence
Services" ("the Commander-in-Chief of Defence Services, Senior General X") and a monarchy's forces
named by the monarch ("X, commander of His Majesty's Armed Forces"), before or after the name, keep
the whole post; a Commander-in-Chief of another service stays that service's. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2027, 5, 4)


def _posts(nlp, text):
    return {name: [(t, c) for t, c, _ in posts] for name, posts in posts_held(extract_text(nlp, text, PUBLISHED)).items()}


def test_defence_services_head_in_commas_after_a_call(nlp):
    text = ("NAY PYI TAW, May 3 - Thailand's Defence Minister Somchai Rattana paid a courtesy call on the "
            "Commander-in-Chief of Defence Services, Senior General Aung Kyaw Moe, in Nay Pyi Taw on Monday. Myanmar and Thailand "
            "agreed to reopen border posts. Myanmar's Defence Minister Tin Oo Win also met him.\n")
    assert ("Commander-in-Chief of Defence Services", "MMR") in _posts(nlp, text).get("Aung Kyaw Moe", []), _posts(nlp, text)


def test_defence_services_head_before_the_rank_as_subject(nlp):
    text = ("BANGKOK, May 3 - Commander-in-Chief of Defence Services Senior General Aung Kyaw Moe received "
            "Thailand's Defence Minister Somchai Rattana in Nay Pyi Taw on Monday. Myanmar and Thailand agreed to "
            "reopen border posts.\n")
    assert ("Commander-in-Chief of Defence Services", "MMR") in _posts(nlp, text).get("Aung Kyaw Moe", []), _posts(nlp, text)


def test_defence_services_head_with_the_article_and_country(nlp):
    text = ("Myanmar's Commander-in-Chief of the Defence Services, Senior General Aung Kyaw Moe, will visit "
            "Thailand next month for talks with Defense Minister Somchai Rattana, the Thai ministry said.\n")
    assert ("Commander-in-Chief of Defence Services", "MMR") in _posts(nlp, text).get("Aung Kyaw Moe", []), _posts(nlp, text)


def test_monarchs_forces_commander_in_apposition(nlp):
    text = ("NUKU'ALOFA, May 3 - Australian Defence Minister Peter Walsh met Tongan Prime Minister Lord Tuita in "
            "Nuku'alofa on Monday. He was later received by Brigadier Semisi Taufa, commander of His Majesty's "
            "Armed Forces, at the barracks. Tonga and Australia agreed to expand training.\n")
    assert ("Commander of His Majesty's Armed Forces", "TON") in _posts(nlp, text).get("Semisi Taufa", []), _posts(nlp, text)


def test_monarchs_forces_commander_before_the_name(nlp):
    text = ("Tonga's Commander of His Majesty's Armed Forces, Brigadier Semisi Taufa, held talks with New Zealand's "
            "Chief of Defence Force Air Marshal Tony Rewi in Wellington on Friday.\n")
    assert ("Commander of His Majesty's Armed Forces", "TON") in _posts(nlp, text).get("Semisi Taufa", []), _posts(nlp, text)


def test_commander_in_chief_of_another_service_is_unchanged(nlp):
    text = ("Myanmar's Commander-in-Chief of the Navy, Admiral Kyaw Lin Aung, met Thailand's Defence Minister "
            "Somchai Rattana in Bangkok on Friday.\n")
    posts = _posts(nlp, text).get("Kyaw Lin Aung", [])
    assert posts and all(t != "Commander-in-Chief of Defence Services" for t, _ in posts), posts
