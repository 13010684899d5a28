""""State President X", as Vietnam's and Laos's news name the head of state, is the President; the
"State Presidential Palace" names no one's post."""

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


def test_state_presidential_palace_names_no_president(nlp):
    x = extract_text(nlp, "Vietnam's Defence Minister Tran Van Minh met the delegation at the State Presidential Palace in Hanoi.")
    assert holdings(x) == {("Tran Van Minh", "Defence Minister", "VNM")}
