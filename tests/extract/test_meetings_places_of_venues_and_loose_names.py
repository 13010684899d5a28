"""Where a meeting is when its venue's name ends in the town ("at State House Mombasa"), and when
the parse hangs the partner's name, with the venue and the day after it, loosely on the verb
("is due to call on the President of X, Mr Y, at the State House in Z on Thursday, March 13")."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_town_ending_a_venue_name_is_the_place(nlp):
    x = extract_text(nlp, "NAIROBI, March 11 (Xinhua) -- Kenyan President Wekesa Barasa received Tanzania's Minister of "
                          "Defense Rehema Mwambene at State House Mombasa on Monday.", published=date(2025, 3, 11))
    assert place_name(x, meetings_by_participants(x)[("Rehema Mwambene", "Wekesa Barasa")]) == "Mombasa"


def test_town_before_a_venue_word_is_no_place(nlp):
    # a city that opens a building's name ("Nairobi House") is not where the venue is named to be
    x = extract_text(nlp, "KAMPALA, March 11 (Xinhua) -- Ugandan President Okello Musoke received Tanzania's Minister of "
                          "Defense Rehema Mwambene at Mombasa House on Monday.", published=date(2025, 3, 11))
    assert place_name(x, meetings_by_participants(x)[("Okello Musoke", "Rehema Mwambene")]) != "Mombasa"


CALL = ("VICTORIA, March 11 (SNA) -- Ruritania's Defence Minister Karl Hoff arrived on Monday afternoon and was received "
        "by President Anna Berg at the State House in Roselle the same evening.\n\n"
        "On arrival, Defence Minister Jan Kowal is due to call on the President of Seychelles, Mr Michel Larue, "
        "at the State House in Roselle on Thursday, March 13.")


def test_place_and_day_after_a_loosely_hung_partner_name(nlp):
    x = extract_text(nlp, CALL, published=date(2025, 3, 12))
    call = meetings_by_participants(x)[("Jan Kowal", "Michel Larue")]
    assert place_name(x, call) == "Roselle"
    assert call.date.iso == "2025-03-13"


def test_town_the_model_reads_into_the_venue_name(nlp):
    # the model may read "the State House in <town>" as one body: its last word is still the town
    x = extract_text(nlp, "On arrival, the Defence Minister Jan Kowal is due to call on the President of Seychelles, H.E. Mr "
                          "Michel Larue, at the State House in Dédale on Tuesday, December 29.", published=date(2026, 12, 28))
    assert place_name(x, meetings_by_participants(x)[("Jan Kowal", "Michel Larue")]) == "Dédale"
