"""Members of a delegation named without its country ("The delegation will include X", "His
delegation includes X") are of its lead's country, not the host's, on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

VISIT = ("Finnish Defence Minister Aino Virtanen will lead a delegation to Lisbon on Monday for talks with "
         "Portuguese Defence Minister Rui Costa. ")


def test_the_delegation_a_lead_was_said_to_lead_gives_its_members_her_country(nlp):
    text = VISIT + "The delegation will include Chief of Defence Jussi Laine and Secretary (Defence Production) Mikko Salo."
    held = holdings(extract_text(nlp, text))
    assert ("Jussi Laine", "Chief of Defence", "FIN") in held
    assert ("Mikko Salo", "Secretary (Defence Production)", "FIN") in held


def test_her_delegation_is_the_subject_of_the_sentence_before(nlp):
    text = ("Finnish Defence Minister Aino Virtanen arrived in Lisbon on Monday for talks with Portuguese Defence "
            "Minister Rui Costa. Her delegation includes Chief of Defence Jussi Laine.")
    assert ("Jussi Laine", "Chief of Defence", "FIN") in holdings(extract_text(nlp, text))


def test_a_delegation_that_names_its_country_is_that_countrys(nlp):
    text = VISIT + "The Portuguese delegation will include Chief of Defence Jose Nunes."
    assert ("Jose Nunes", "Chief of Defence", "PRT") in holdings(extract_text(nlp, text))


def test_the_delegation_of_the_one_who_sets_off_on_a_visit(nlp):
    # no one is said to lead it: "the delegation" is the traveller's
    text = ("Finnish Defence Minister Aino Virtanen will embark on a three-day official visit to Portugal tomorrow, "
            "where she will meet Portuguese Defence Minister Rui Costa. The delegation will include Secretary "
            "(Defence Production) Mikko Salo and senior officers.")
    assert ("Mikko Salo", "Secretary (Defence Production)", "FIN") in holdings(extract_text(nlp, text))

