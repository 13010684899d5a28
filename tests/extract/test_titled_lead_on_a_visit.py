""""The Chief of the Army Staff, General X, is on a four-day visit to Y. He met ...": a lead named
after his title (the parse makes the name the title's apposition) is who "he" means next, and one
who "is on a visit to" a country goes there, so that country is not lent to his office."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_he_after_a_titled_lead_on_a_visit_meets_the_host(nlp):
    text = (
        "The Chief of the Army Staff, General Ravi Menon, is on a four-day visit to Nepal from March 10 to 13. "
        "He met the Chief of the Nepal Army, General Arjun Thapa, in Kathmandu on Tuesday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Arjun Thapa", "Ravi Menon")]
    assert mt.date.iso == "2026-03-10"
    assert place_name(x, mt) == "Kathmandu"
    assert mt.status == "held"
    # the visited country is not the visitor's
    assert not any(person == "Ravi Menon" and country == "NPL" for person, _, country in holdings(x))


def test_is_visiting_a_country_likewise(nlp):
    text = (
        "The Chief of the Naval Staff, Admiral Tomas Berg, is visiting Finland this week. "
        "He met the Commander of the Finnish Navy, Rear Admiral Jukka Lahti, in Helsinki on Tuesday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Jukka Lahti", "Tomas Berg") in meetings_by_participants(x)
    assert not any(person == "Tomas Berg" and country == "FIN" for person, _, country in holdings(x))


def test_the_host_of_one_on_a_visit_keeps_his_country(nlp):
    # must not fire: the one on the visit is the guest, not the titled subject who receives him
    text = (
        "The Chief of the Nepal Army, General Arjun Thapa, received General Ravi Menon, who is on a four-day "
        "visit to Nepal, in Kathmandu on Tuesday."
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Arjun Thapa", "Army Chief", "NPL") in holdings(x)
    assert ("Arjun Thapa", "Ravi Menon") in meetings_by_participants(x)
