""""State President X", as Vietnam's and Laos's news name the head of state, is the President; a
party's "state president" in lower case is no such post."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_state_president_after_a_country_possessive(nlp):
    x = extract_text(nlp, "Vietnam's State President Tran Van Minh received the delegation on Monday.")
    assert ("Tran Van Minh", "President", "VNM") in holdings(x)


def test_state_president_after_a_demonym(nlp):
    x = extract_text(nlp, "The Laotian defence minister met State President Thongsavanh Phomvihane.")
    assert ("Thongsavanh Phomvihane", "President", "LAO") in holdings(x)


def test_state_president_of_a_country_in_commas(nlp):
    x = extract_text(nlp, "The minister called on the State President of Laos, Thongsavanh Phomvihane, in Vientiane.")
    assert ("Thongsavanh Phomvihane", "President", "LAO") in holdings(x)


def test_a_partys_state_president_is_no_head_of_state(nlp):
    x = extract_text(nlp, "In Chennai, the party's state president Ravi Annamalai welcomed the visiting minister.")
    assert not any(title == "President" for _, title, _ in holdings(x))
