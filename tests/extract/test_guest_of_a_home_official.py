"""The guest a home official marked by country receives, welcomes or hosts ("CAIRO: Ruritanian
Defence Minister Y received Chief of the Army Staff General X") is not of the host's country: it is
the story's other side, the one country the article names beside the home one (paired with it, as a
delegation's, or twice). With no other side named the guest may be a home official (a president
receiving his own minister) and keeps the home country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_received_guest_takes_the_other_side(nlp):
    x = extract_text(nlp, "Cairo: Egyptian Defence Minister Omar Seif received Chief of the Army Staff General Vikram "
                          "Sethi in Cairo on Monday. India and Egypt agreed to expand training.")
    assert ("Omar Seif", "Defence Minister", "EGY") in holdings(x)
    assert ("Vikram Sethi", "Chief of Army Staff", "IND") in holdings(x)


def test_welcomed_guest_of_a_named_delegation(nlp):
    x = extract_text(nlp, "KUALA LUMPUR: Malaysian Defence Minister Razak Osman welcomed Defence Minister Alan Crowe "
                          "at Wisma Pertahanan on Tuesday. The Australian delegation later toured a shipyard.")
    assert ("Alan Crowe", "Defence Minister", "AUS") in holdings(x)


def test_passive_guest(nlp):
    x = extract_text(nlp, "Hanoi: Chief of Naval Staff Admiral Ravi Menon was received by Vietnamese Defence Minister "
                          "Tran Van Binh in Hanoi on Monday. Vietnam and India agreed to expand naval cooperation.")
    assert ("Ravi Menon", "Chief of Naval Staff", "IND") in holdings(x)


def test_home_official_received_with_no_other_side(nlp):
    x = extract_text(nlp, "Nairobi: Kenyan President Daniel Otieno received Defence Cabinet Secretary Grace Njeri at "
                          "State House on Monday. She briefed him on the support to Somalia.")
    assert not any(person == "Grace Njeri" and country == "SOM" for person, _, country in holdings(x))
    x = extract_text(nlp, "Cairo: Egyptian President Karim Saleh received Defence Minister Omar Seif in Cairo on "
                          "Monday. The minister briefed him on the exercise.")
    assert ("Omar Seif", "Defence Minister", "EGY") in holdings(x)
