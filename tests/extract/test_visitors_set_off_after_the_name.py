"""A visitor told by a journey set off after the name ("X, visiting A, met Y", "X, on a visit
to A, met Y") is not of the visited country: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2026, 6, 10)


def test_a_journey_participle_after_the_subject_makes_a_visitor(nlp):
    text = "Defence Minister Tomas Reyes, visiting Kenya, met Chief of Defence Forces General Peter Kamau on Monday."
    x = extract_text(nlp, text, PUBLISHED)
    found = holdings(x)
    assert ("Peter Kamau", "Chief of Defence Forces", "KEN") in found
    assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in found)
    assert ("Peter Kamau", "Tomas Reyes") in meeting_pairs(x)


def test_a_relative_journey_clause_and_an_on_a_visit_phrase_make_a_visitor(nlp):
    for journey in ("who is visiting Kenya", "on a visit to Kenya", "currently visiting Kenya"):
        text = f"Defence Minister Tomas Reyes, {journey}, held talks with Chief of Defence Forces General Peter Kamau in Nairobi on Monday."
        found = holdings(extract_text(nlp, text, PUBLISHED))
        assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in found), journey
        assert ("Peter Kamau", "Chief of Defence Forces", "KEN") in found, journey


def test_a_country_the_subject_visits_in_its_own_clause_is_not_lent_to_the_object(nlp):
    # the journey clause is the object's, not the subject's: the subject stays the host
    text = ("NAIROBI, June 8 - Defence Cabinet Secretary Peter Kamau met Defence Minister Tomas Reyes, who is visiting Kenya, on Monday. "
            "Kenya and Chile agreed to expand training.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert any(p == "Peter Kamau" and c == "KEN" for p, _, c in found)
    assert not any(p == "Tomas Reyes" and c == "KEN" for p, _, c in found)


def test_a_headline_clause_of_another_persons_journey_is_not_the_leads(nlp):
    # "X in A, Y to travel to B": the parser may hang Y's journey on X; no comma sets it off after X
    text = ("Navy chief Okafor in Ghana, Mensah to travel to Abuja for naval talks\n\n"
            "ABUJA: Navy chief Vice Admiral Emeka Okafor began a three-day visit to Ghana on Monday. "
            "He called on Ghana's Chief of Naval Staff, Rear Admiral Kwame Mensah, in Accra. "
            "Mensah is expected to travel to Abuja in July, and Nigeria and Ghana will hold joint patrols.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(p == "Emeka Okafor" and c == "GHA" for p, _, c in found)
