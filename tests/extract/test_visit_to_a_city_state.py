""""X is on an official visit to <city-state> from 15 to 18 March. ... Yesterday, X called on Y":
a visit to a country whose capital bears its name is a visit to that city, so the visitor's
meetings there are placed in it, as "before departing <city-state>" places the meeting told before
the departure; a visit to a country with another capital places nothing. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2027, 3, 16)


def _text(country: str) -> str:
    return (f"Mr Eero Halvik, the Finnish Minister for Defence, is on an official visit to {country} from 15 to 18 March 2027.\n\n"
            "Yesterday, Mr Halvik called on Prime Minister Mr Darren Kovel at the Government House. He was also "
            "hosted to lunch by Senior Minister of State for Defence Mr Idris Sallan the same day.\n\n"
            "On 18 March, he is due to call on Chief of Defence Force Admiral Roald Benk before departing "
            f"{country}.\n")


def _places(x) -> dict[str, str | None]:
    places = {p.key: p.name for p in x.places}
    return {participant_names(x, mt)[0 if participant_names(x, mt)[1] == "Eero Halvik" else 1]: places.get(mt.place)
            for mt in x.meetings}


def test_visit_to_a_city_state_places_its_meetings(nlp):
    found = _places(extract_text(nlp, _text("Luxembourg"), PUBLISHED))
    assert found == {"Darren Kovel": "Luxembourg", "Idris Sallan": "Luxembourg", "Roald Benk": "Luxembourg"}


def test_visit_to_a_country_places_nothing(nlp):
    found = _places(extract_text(nlp, _text("Vietnam"), PUBLISHED))
    assert set(found) == {"Darren Kovel", "Idris Sallan", "Roald Benk"}
    assert set(found.values()) == {None}
