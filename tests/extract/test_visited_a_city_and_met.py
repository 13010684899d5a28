""""Earlier, A visited the port of X, where ..., and met B aboard the ship": the city the first of two
conjoined verbs visits is the second's place too (the same person, the same time), not the story's
city; with a subject of its own the second verb keeps no such place. A stop told with a bare
"Earlier," is before the story's: the next meeting is not placed there. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 18)
LEAD = ("Bolivian Deputy Defense Minister General Tomas Velkor held talks with Chile's Minister of Defense, "
        "General Ostrin Daal, in Santiago on Tuesday.\n\n")


def _place(x, pair=("Ilse Varn", "Tomas Velkor")) -> str | None:
    return place_name(x, meetings_by_participants(x)[pair])


def test_visited_the_port_of_a_city_and_met(nlp):
    x = extract_text(nlp, LEAD + "Earlier, Velkor visited the port of Valparaiso, where the frigate Almirante Riveros is "
                     "making a port call, and met the commander of the Chilean Navy, Rear Admiral Ilse Varn, aboard "
                     "the ship.\n\nOn Thursday, Velkor is expected to hold a meeting with the Chief of Staff of the "
                     "Chilean Army, General Arno Pell, before returning to La Paz.\n", PUBLISHED)
    assert _place(x) == "Valparaíso"
    assert _place(x, ("Arno Pell", "Tomas Velkor")) != "Valparaíso"


def test_visited_a_city_and_met(nlp):
    x = extract_text(nlp, LEAD + "Earlier, Velkor visited Valparaiso and met the commander of the Chilean Navy, "
                     "Rear Admiral Ilse Varn.\n", PUBLISHED)
    assert _place(x) == "Valparaíso"


def test_second_verb_with_its_own_subject_keeps_no_visited_city(nlp):
    x = extract_text(nlp, LEAD + "Earlier, Daal visited Valparaiso, and Velkor met the commander of the Chilean Navy, "
                     "Rear Admiral Ilse Varn.\n", PUBLISHED)
    assert _place(x) != "Valparaíso"
