"""The place of a meeting told at a venue "in" its city, and of a session "co-chaired by A and B"
that the main clause says "was held in X" (not the dateline's city)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_venue_taken_for_a_city_then_in_its_city_is_the_city(nlp):
    text = (
        "Army chief General Aldo Verani will visit Peru from February 3 to 5.\n\n"
        "General Verani is scheduled to call on President Tomas Brellik at Kelvarzong in Cusco on Thursday, "
        "officials said."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aldo Verani", "Tomas Brellik")]
    assert place_name(x, meeting) == "Cusco"


def test_city_in_a_country_stays_the_city(nlp):
    text = "General Aldo Verani held talks with President Tomas Brellik in Arequipa in Peru on Thursday."
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Aldo Verani", "Tomas Brellik")]
    assert place_name(x, meeting) == "Arequipa"


def test_session_co_chaired_by_a_pair_held_in_a_town_is_there_not_at_the_dateline(nlp):
    text = (
        "Lima - The Government wishes to inform the nation that the Minister of Defence of Chile, Hon Pablo Rojas, "
        "concluded a three-day visit yesterday.\n\n"
        "The 7th Session of the Peru-Chile Joint Permanent Commission on Defence, co-chaired by the Army Commander, "
        "Lieutenant General Luis Quispe, and Chile's Chief of General Staff, Admiral Andres Vidal, "
        "was held at Kwelitsha from 2 to 4 March 2025."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Andres Vidal", "Luis Quispe")]
    assert place_name(x, meeting) == "Kwelitsha"


def test_session_co_chaired_by_a_pair_held_in_a_known_city_is_there(nlp):
    text = (
        "Lima - The Government wishes to inform the nation that the Minister of Defence of Chile, Hon Pablo Rojas, "
        "concluded a three-day visit yesterday.\n\n"
        "The 7th Session of the Peru-Chile Joint Permanent Commission on Defence, co-chaired by the Army Commander, "
        "Lieutenant General Luis Quispe, and Chile's Chief of General Staff, Admiral Andres Vidal, "
        "was held in Arequipa on 3 March 2025."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Andres Vidal", "Luis Quispe")]
    assert place_name(x, meeting) == "Arequipa"


def test_session_held_at_a_venue_word_is_no_town(nlp):
    text = (
        "Lima - The Government wishes to inform the nation that the Minister of Defence of Chile, Hon Pablo Rojas, "
        "concluded a three-day visit yesterday.\n\n"
        "The 7th Session of the Peru-Chile Joint Permanent Commission on Defence, co-chaired by the Army Commander, "
        "Lieutenant General Luis Quispe, and Chile's Chief of General Staff, Admiral Andres Vidal, "
        "was held at Headquarters on 3 March 2025."
    )
    x = extract_text(nlp, text)
    assert "Headquarters" not in {p.name for p in x.places}


def test_session_co_chaired_by_a_pair_with_no_place_told_keeps_the_dateline(nlp):
    text = (
        "Lima - The Government wishes to inform the nation that the Minister of Defence of Chile, Hon Pablo Rojas, "
        "concluded a three-day visit yesterday.\n\n"
        "The 7th Session of the Peru-Chile Joint Permanent Commission on Defence, co-chaired by the Army Commander, "
        "Lieutenant General Luis Quispe, and Chile's Chief of General Staff, Admiral Andres Vidal, "
        "was held from 2 to 4 March 2025."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Andres Vidal", "Luis Quispe")]
    assert place_name(x, meeting) == "Lima"


def test_city_spelled_with_a_comma_below_letter_is_the_gazetteer_city(nlp):
    text = (
        "Lima, February 3 - Defence Minister Pablo Rojas hosted Chilean Defence Minister Andres Vidal for talks "
        "in Lima on Wednesday.\n\n"
        "The Peruvian minister and Vidal are expected to meet again in Iași in April."
    )
    x = extract_text(nlp, text)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert planned and place_name(x, planned[0]) == "Iaşi"
