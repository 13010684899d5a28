"""One person named twice in an article, the second time with the initials of his given names
written otherwise ("D.K. Vasquel", then "D K Vasquel" or "DK Vasquel"), with his given names cut
to a run of initials ("Gen Milan Kiro Orvath", then "Gen MK Orvath") or without the accents of his
name ("Cristóvão Lemança", then "Cristovao Lemanca"): one person, not two. Other initials with
the same surname stay another person. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)  # a Thursday


def test_dotted_initials_then_spaced_initials(nlp):
    text = ("Defence Secretary D.K. Vasquel met the visiting Egyptian delegation led by Maj Gen Tarik Omsan on Tuesday. "
            "Mr D K Vasquel said the talks covered co-production.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert len([n for n in names if n.endswith("Vasquel")]) == 1


def test_spaced_initials_then_joined_initials(nlp):
    text = ("Vice Chief of Army Staff Lt Gen N S Raja Ordani met the Emirati Minister of State Rashid Al Talei on Sunday. "
            "Lt Gen NS Raja Ordani briefed him on the exercise.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert len([n for n in names if n.endswith("Ordani")]) == 1


def test_given_names_then_a_run_of_their_initials(nlp):
    text = ("Gen Milan Kiro Orvath, Chief of the Army Staff, met Nepal Army chief Gen Prabin Sharel on Wednesday. "
            "Gen MK Orvath presented him with a memento.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert len([n for n in names if n.endswith("Orvath")]) == 1


def test_name_then_the_same_without_its_accents(nlp):
    text = ("Defence Minister Rakesh Tamvar met the Defence Minister of Mozambique, Cristóvão Lemança, in New Delhi on Saturday. "
            "Mr Cristovao Lemanca said Mozambique sought training support.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert len([n for n in names if n.endswith(("Lemança", "Lemanca"))]) == 1


def test_other_initials_are_another_person(nlp):
    # must not fire: "M P" is not "Milan Kiro", "D.R." not "D.K."
    text = ("Gen Milan Kiro Orvath, Chief of the Army Staff, met Nepal Army chief Gen Prabin Sharel on Wednesday. "
            "His brother Col MP Orvath was also present. Defence Secretary D.K. Vasquel and Joint Secretary D R Vasquel attended.\n")
    names = person_names(extract_text(nlp, text, PUBLISHED))
    assert len([n for n in names if n.endswith("Orvath")]) == 2
    assert len([n for n in names if n.endswith("Vasquel")]) == 2
