"""A name written with a two-letter initial, its full stop and a space before the surname ("Ts.
Batbayar", "Kh. Dorj": one transliterated Cyrillic letter, as Mongolian releases write names) is
one person, as "B. Enkhbold" is: not a person "Ts" and another for the surname. On sentences
written for these tests (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, meeting_pairs, person_names


def test_a_digraph_initial_after_a_title_and_its_country(nlp):
    x = extract_text(nlp, "Minister of Defense of Mongolia Ts. Orgilmaa held a meeting with Minister of Defense of "
                          "Kyrgyzstan Colonel General Aibek Tursunaliev in Ulaanbaatar on Monday. "
                          "Minister Orgilmaa thanked his guest.")
    names = person_names(x)
    assert "Ts. Orgilmaa" in names and "Ts" not in names and "Orgilmaa" not in names
    assert ("Ts. Orgilmaa", "Defence Minister", "MNG") in holdings(x)
    assert ("Aibek Tursunaliev", "Ts. Orgilmaa") in meeting_pairs(x)


def test_a_digraph_initial_after_a_titled_country_adjective(nlp):
    x = extract_text(nlp, "Mongolian Defence Minister Kh. Dorjpalam met Bakhtiyor Rasulov, Defence Minister of "
                          "Uzbekistan, in Tashkent on Tuesday. Dorjpalam said cooperation was growing.")
    names = person_names(x)
    assert "Kh. Dorjpalam" in names and "Kh" not in names
    assert ("Kh. Dorjpalam", "Defence Minister", "MNG") in holdings(x)
    assert ("Bakhtiyor Rasulov", "Kh. Dorjpalam") in meeting_pairs(x)


def test_a_digraph_initial_set_off_by_commas_and_after_a_rank(nlp):
    x = extract_text(nlp, "On Wednesday, Ch. Ganzorig, the Minister of Defence of Mongolia, received the "
                          "visiting delegation. The guests later called on the Chief of the General Staff of the "
                          "Mongolian Armed Forces, Lt. Gen. Ya. Tumenbayar, at the General Staff headquarters.")
    names = person_names(x)
    assert {"Ch. Ganzorig", "Ya. Tumenbayar"} <= set(names)
    assert not {"Ch", "Ya", "Ganzorig", "Tumenbayar"} & set(names)
    assert ("Ch. Ganzorig", "Defence Minister", "MNG") in holdings(x)


def test_two_initials_of_one_surname_are_two_persons(nlp):
    # near case: a one-letter initial stays as it was, and a surname shared by two initials names two people
    x = extract_text(nlp, "State Secretary Brig. Gen. B. Enkhtuvshin and Defence Minister Sh. Enkhtuvshin received "
                          "General Karl Heisterberg of Germany in Ulaanbaatar on Friday.")
    names = person_names(x)
    assert {"B. Enkhtuvshin", "Sh. Enkhtuvshin"} <= set(names)
    assert "Sh" not in names
