"""Persons "the meeting was also attended by" in the sentence after a meeting took part in it."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 5, 8)


def test_the_meeting_attended_by_a_named_officer_makes_him_a_participant(nlp):
    text = (
        "Italian Defence Minister Guido Ferri received his Chilean counterpart, Carlos Medina Soto, at the "
        "ministry's headquarters in Rome on Tuesday, in a meeting focused on naval cooperation.\n\n"
        "The meeting was also attended by the Commander of the Navy of Chile, Adm. Pablo Rojas, who is "
        "accompanying the minister on his visit, sources said.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Carlos Medina Soto", "Guido Ferri", "Pablo Rojas")}


def test_a_ceremony_attended_by_a_named_officer_adds_no_one(nlp):
    text = (
        "Italian Defence Minister Guido Ferri received his Chilean counterpart, Carlos Medina Soto, at the "
        "ministry's headquarters in Rome on Tuesday.\n\n"
        "The ceremony was also attended by the Commander of the Navy of Chile, Adm. Pablo Rojas.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Carlos Medina Soto", "Guido Ferri")}


def test_the_meeting_attended_by_the_host_s_officers_without_also_adds_no_one(nlp):
    text = (
        "Italian Defence Minister Guido Ferri received his Chilean counterpart, Carlos Medina Soto, in Rome on Tuesday.\n\n"
        "The meeting was attended by Chief of Defence Staff Gen. Marco Bellini and senior officers of the Italian Navy.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Carlos Medina Soto", "Guido Ferri")}


def test_was_attended_after_a_meeting_to_come_adds_no_one(nlp):
    text = (
        "Italian Defence Minister Guido Ferri met his Chilean counterpart, Carlos Medina Soto, in Rome on Tuesday.\n\n"
        "Ferri will travel to Madrid on Friday to meet Spanish Defence Minister Pablo Rojas.\n\n"
        "The meeting was also attended by Chief of Defence Staff Gen. Marco Bellini.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Carlos Medina Soto", "Guido Ferri"), ("Guido Ferri", "Pablo Rojas")}


def test_a_meeting_told_as_background_is_not_the_one_attended(nlp):
    text = (
        "Italian Defence Minister Guido Ferri met his Chilean counterpart, Carlos Medina Soto, in Rome on Tuesday.\n\n"
        "The two had last met in Santiago in May 2024.\n\n"
        "The meeting was also attended by Chief of Defence Staff Gen. Marco Bellini.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert all("Marco Bellini" not in p for p in meeting_pairs(x))


ACTIVE_LEAD = ("CAIRO - Egypt's Defense Minister Omar Fawzi received Greece's Chief of the Hellenic National Defence "
               "General Staff, General Andreas Petrou, at the ministry in Cairo on Friday, the ministry said.\n\n")


def test_a_named_officer_who_also_attended_the_meeting_is_a_participant(nlp):
    x = extract_text(nlp, ACTIVE_LEAD + "Chief of Staff Lt. Gen. Tarek Mansour also attended the meeting, where joint "
                     "training was discussed, according to a statement.\n", PUBLISHED)
    assert meeting_pairs(x) == {("Andreas Petrou", "Omar Fawzi", "Tarek Mansour")}


def test_attending_a_ceremony_or_a_meeting_to_come_adds_no_one(nlp):
    for follow_up in ("Chief of Staff Lt. Gen. Tarek Mansour also attended the ceremony.\n",
                      "Chief of Staff Lt. Gen. Tarek Mansour will also attend the meeting on Sunday.\n",
                      "Chief of Staff Lt. Gen. Tarek Mansour attended the meeting.\n"):
        x = extract_text(nlp, ACTIVE_LEAD + follow_up, PUBLISHED)
        assert meeting_pairs(x) == {("Andreas Petrou", "Omar Fawzi")}, follow_up


def test_attending_the_meeting_after_talks_to_come_is_another_occasion(nlp):
    x = extract_text(nlp, "Fawzi is expected to hold talks with Greek Defence Minister Andreas Petrou on Friday.\n\n"
                     "Libya's Defence Minister Salem Juha also attended the meeting.\n", PUBLISHED)
    assert all("Salem Juha" not in p for p in meeting_pairs(x))


def test_talks_chaired_by_one_and_attended_by_others_in_a_which_clause(nlp):
    text = (
        "The defence chiefs of the Sahel Council held an extraordinary meeting in Bamako on Tuesday.\n\n"
        "Mali's Chief of General Staff, General Oumar Traore, chaired the talks at the Radisson Hotel in Bamako, "
        "which were attended by Niger's Chief of Defence Staff, General Issoufou Garba, his Chadian counterpart, "
        "General Abakar Idriss, and Senegal's Chief of General Staff, General Mbaye Cisse.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Abakar Idriss", "Issoufou Garba", "Mbaye Cisse", "Oumar Traore")}


def test_a_which_clause_on_an_occasion_no_one_chaired_adds_no_meeting(nlp):
    text = (
        "Mali's Chief of General Staff, General Oumar Traore, praised the parade at the stadium in Bamako, "
        "which was attended by Niger's Chief of Defence Staff, General Issoufou Garba, and Senegal's Chief of "
        "General Staff, General Mbaye Cisse.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == set()
