""""A hosted a delegation led by B": the host is at home; a city of B's country where a compatriot of
A once went (told earlier in the article) is not where they met."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

BACKGROUND = (
    "NEW DELHI, March 12 - Defence Minister Raj Kapoor on Tuesday held a telephone conversation with Norwegian "
    "Defence Minister Tor Lund.\n\n"
    "Relations were upgraded during Indian Prime Minister Ravi Varma's visit to Oslo in May 2024.\n\n"
)


def test_hosted_a_delegation_is_not_in_the_guests_capital(nlp):
    text = BACKGROUND + (
        "Separately, Defence Secretary Arun Mehra hosted a delegation led by Norway's State Secretary for "
        "Defence, Lars Haugen, on Monday."
    )
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Arun Mehra", "Lars Haugen")]
    assert place_name(x, mt) != "Oslo"


def test_received_a_delegation_is_not_in_the_guests_capital(nlp):
    text = BACKGROUND + "On Monday, Defence Secretary Arun Mehra received Norwegian State Secretary Lars Haugen."
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Arun Mehra", "Lars Haugen")]
    assert place_name(x, mt) != "Oslo"


def test_welcomed_is_not_in_the_guests_capital(nlp):
    text = BACKGROUND + "Defence Secretary Arun Mehra welcomed Norwegian State Secretary Lars Haugen on Monday."
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Arun Mehra", "Lars Haugen")]
    assert place_name(x, mt) != "Oslo"


def test_host_abroad_in_a_named_city_keeps_it(nlp):
    # the city the sentence names wins: a host may host abroad, at his embassy
    text = BACKGROUND + "Defence Secretary Arun Mehra hosted Norwegian State Secretary Lars Haugen at the Indian embassy in Oslo on Monday."
    x = extract_text(nlp, text)
    mt = meetings_by_participants(x)[("Arun Mehra", "Lars Haugen")]
    assert place_name(x, mt) == "Oslo"
