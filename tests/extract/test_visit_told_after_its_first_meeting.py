""""A hosted X at the Ministry this morning. X is on an official visit to <city-state> from 15 to 18
March": the visit told right after the first meeting places it, when the visit's place is a city
(not a visit to a country with another capital, nor one told as past or to come); and "Tomorrow, X
will visit the Naval Base, where he will be hosted by B": a site visited inside a city-state is in
it. Invented persons and sites."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 16)


def _places(nlp, country: str, visit: str = "is on an official visit to") -> dict[tuple[str, ...], str | None]:
    text = ("Minister for Defence Mr Darren Kovel hosted Finnish Minister for Defence Mr Eero Halvik at the Ministry "
            f"of Defence this morning. Mr Halvik {visit} {country} from 15 to 18 March 2027.\n\n"
            "Tomorrow, Mr Halvik will visit Tanjong Naval Base, where he will be hosted by Chief of Navy "
            "Rear-Admiral Roald Benk and tour a new patrol vessel.\n")
    x = extract_text(nlp, text, PUBLISHED)
    return {k: place_name(x, mt) for k, mt in meetings_by_participants(x).items()}


def test_visit_to_a_city_state_told_after_the_first_meeting(nlp):
    assert _places(nlp, "Luxembourg") == {("Darren Kovel", "Eero Halvik"): "Luxembourg", ("Eero Halvik", "Roald Benk"): "Luxembourg"}


def test_visit_to_a_country_or_told_as_past_places_nothing(nlp):
    assert set(_places(nlp, "Vietnam").values()) == {None}
    assert _places(nlp, "Luxembourg", "was on an official visit to")[("Darren Kovel", "Eero Halvik")] is None
