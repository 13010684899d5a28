""""At the ministry in <district>, <city-state>": the city-state named after the district's comma
is the meeting's place, as after "in"; a district of any other country leaves its own name; on
invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def _place_of(nlp, text: str, pair: tuple[str, str]) -> str | None:
    x = extract_text(nlp, text, PUBLISHED)
    return place_name(x, meetings_by_participants(x)[pair])


def test_a_city_state_after_a_district_is_the_place(nlp):
    text = ("Minister for Defence Ng Wei Ming received a courtesy call from his Malaysian counterpart, Defence Minister "
            "Hamid Osman, at the Ministry of Defence (MOD) in Bukit Timah, Singapore, this morning.")
    assert _place_of(nlp, text, ("Hamid Osman", "Ng Wei Ming")) == "Singapore"


def test_a_district_of_another_country_keeps_its_own_name(nlp):
    text = ("Minister of Defence Kamal Haddad received his Cypriot counterpart, Defence Minister Petros Ioannou, "
            "at the Ministry of Defence in Yarze, Lebanon, on Monday.")
    assert _place_of(nlp, text, ("Kamal Haddad", "Petros Ioannou")) == "Yarze"


def test_a_known_city_before_the_city_state_stays_the_place(nlp):
    text = ("Defence Minister Kamal Haddad met his Cypriot counterpart, Defence Minister Petros Ioannou, "
            "in Monte Carlo, Monaco, on Monday.")
    assert _place_of(nlp, text, ("Kamal Haddad", "Petros Ioannou")) == "Monte Carlo"
