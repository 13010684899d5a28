"""Islands, archipelagos and small towns the gazetteer lacks and the model reads as a person, a region
or nothing: "met B on Saaremaa on Tuesday" (also when the parse hangs "on" on B), "in the Azores on
Monday" (a plural name after "in the"), "in Kuressaare on Monday" (the model's one-word LOC). Not a
body ("in the Commons"), a continent ("in Europe") nor a day. Invented persons."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

A, B = "Portuguese Defence Minister Tavo Reinelt", "Norwegian Defence Minister Sunna Virtanek"


def _place(text, nlp):
    x = extract_text(nlp, text)
    places = {p.key: p.name for p in x.places}
    return places.get(meetings_by_participants(x)[("Sunna Virtanek", "Tavo Reinelt")].place)


def test_archipelago_after_in_the(nlp):
    assert _place(f"{A} met {B} in the Azores on Monday.", nlp) == "Azores"
    assert _place(f"{A} hosted {B} in the Canaries on Monday.", nlp) == "Canaries"


def test_island_after_on_hung_on_the_person_met(nlp):
    assert _place(f"{A} met {B} on Svalbard on Monday.", nlp) == "Svalbard"
    assert _place(f"{A} met {B} on Saaremaa on Tuesday.", nlp) == "Saaremaa"


def test_small_town_read_as_a_region(nlp):
    assert _place(f"{A} hosted {B} in Kuressaare on Monday.", nlp) == "Kuressaare"


def test_bodies_continents_and_days_are_no_place(nlp):
    assert _place(f"{A} met {B} in the Commons on Monday.", nlp) is None
    assert _place(f"{A} met {B} in Europe on Monday.", nlp) is None
    assert _place(f"{A} met {B} on Tuesday in the afternoon.", nlp) is None
