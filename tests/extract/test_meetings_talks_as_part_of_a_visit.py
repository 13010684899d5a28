""""The centrepiece (highlight) of the visit will be talks with X": a noun "of" the visit stands for
it, so the visitor holds the talks; "will be" tells they are still to come."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, meeting_pairs

VISIT = "Defence Minister Jan Kowal will pay an official visit to Ruritania from March 14 to 16, 2025.\n\n"


def test_talks_that_are_the_centrepiece_of_the_visit_are_the_visitors_planned_talks(nlp):
    x = extract_text(nlp, VISIT + "The centrepiece of the visit will be delegation-level talks with Mr Karl Hoff, Prime "
                                  "Minister of Ruritania, at the Prime Minister's Office in Strelsau on March 15.",
                     published=date(2025, 3, 10))
    talks = meetings_by_participants(x)[("Jan Kowal", "Karl Hoff")]
    assert talks.status == "planned" and talks.date.iso == "2025-03-15"


def test_a_noun_of_something_else_is_no_visit(nlp):
    x = extract_text(nlp, VISIT + "The centrepiece of the budget will be a new frigate, Mr Karl Hoff, Prime Minister of "
                                  "Ruritania, said in Strelsau on March 9.", published=date(2025, 3, 10))
    assert ("Jan Kowal", "Karl Hoff") not in meeting_pairs(x)
