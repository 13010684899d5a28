"""The parse may hang a name written after the verb on the subject before it (a "Jr." read as
the subject's appositive), and with it the meeting's place and day: those words are the
clause's; the subject's own words before the verb are not. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 16)  # a Sunday
OPENING = "Defence Minister Arvind Rao will embark on a three-day official visit to Peru from March 17 to 19, 2025.\n\n"


def test_place_and_day_hung_on_the_subject_are_the_meetings(nlp):
    x = extract_text(nlp, OPENING + "During the visit, the Defence Minister is scheduled to hold bilateral talks with the "
                     "Minister of Defence of Peru, Mr Jorge L. Salas Jr., at Fort Rimac in Lima on Tuesday.", PUBLISHED)
    mt = meetings_by_participants(x)[("Arvind Rao", "Jorge L. Salas Jr")]
    assert mt.date is not None and mt.date.iso == "2025-03-18"
    assert place_name(x, mt) == "Lima"


def test_the_subjects_own_clause_before_the_verb_is_not_the_meetings(nlp):
    x = extract_text(nlp, "Defence Minister Arvind Rao, who took office in Quito in January, held talks with the Minister "
                     "of Defence of Peru, Jorge Salas, in Lima on Saturday.", PUBLISHED)
    mt = meetings_by_participants(x)[("Arvind Rao", "Jorge Salas")]
    assert place_name(x, mt) == "Lima"
    assert mt.date is not None and mt.date.iso == "2025-03-15"
