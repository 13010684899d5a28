""""The Sri Lankan minister then flies to Washington, where he is scheduled to meet Y": the "he" of a
"where" clause is the title subject before it (that country's minister, named earlier), not the
story's latest named subject. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 10)
TEXT = ("OTTAWA - Defence ministers met in Ottawa on Tuesday.\n\nCanadian Defence Minister Tomas Velk held talks with "
        "Sri Lankan Defence Minister Orla Brennick on Tuesday.\n\nVelk will host Brennick for a working breakfast on "
        "Wednesday morning. {subject} then flies to Washington, where he is scheduled to meet U.S. Secretary of "
        "Defense Mateo Quiroz on Thursday.\n")


def test_where_he_is_the_title_subject(nlp):
    met = meetings_by_participants(extract_text(nlp, TEXT.format(subject="The Sri Lankan minister"), PUBLISHED))
    assert ("Mateo Quiroz", "Orla Brennick") in met
    assert ("Mateo Quiroz", "Tomas Velk") not in met


def test_where_he_after_a_named_subject(nlp):
    met = meetings_by_participants(extract_text(nlp, TEXT.format(subject="Brennick"), PUBLISHED))
    assert ("Mateo Quiroz", "Orla Brennick") in met
