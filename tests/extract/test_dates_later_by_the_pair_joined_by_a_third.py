""""A received B on Tuesday ... . B, A and C later held a trilateral meeting": the pair just told,
joined by a third, goes on "later" on the same occasion, so the meeting takes its day; not when
the subject leaves one of the pair out ("B and C later held talks"). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 5)
LEAD = ("Lisbon, 5 March 2027 (Lusa) - On Tuesday, Portugal's Minister of National Defence, Ines Carvalhal, received "
        "Angola's Minister of National Defence, Afonso Tembe, who announced that an Angolan patrol vessel would visit "
        "Lisbon in the summer.\n\n")


def test_the_pair_and_a_third_later_take_the_day(nlp):
    text = LEAD + ("Carvalhal, Tembe and Cabo Verde's Minister of Defence, Rosa Pinheiro, later held a trilateral meeting on "
                   "maritime surveillance.\n")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Afonso Tembe", "Ines Carvalhal", "Rosa Pinheiro")]
    assert mt.date is not None and mt.date.iso == "2027-03-02"


def test_one_of_the_pair_with_another_is_not_this_rule(nlp):
    # must not fire: Carvalhal is not in the subject, so nothing says the same occasion
    text = LEAD + ("Tembe and Cabo Verde's Minister of Defence, Rosa Pinheiro, later held talks on maritime surveillance.\n")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Afonso Tembe", "Rosa Pinheiro")]
    assert mt.date is None or mt.date.iso != "2027-03-02"
