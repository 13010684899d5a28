""""B has accepted an invitation to attend the X forum in Y, near Z, in August, where C is due to
receive him": "him" is the one invited (the subject above the clause, past the clause's own
subject, though the parse hangs the clause on the month), not the story's visitor; the meeting is
in Y, not in the city Y lies near. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, participant_names, place_name

PUBLISHED = date(2026, 3, 18)
LEAD = ("Bolivian Deputy Defense Minister General Tomas Velkor held talks with Chile's Minister of Defense, "
        "General Ostrin Daal, in Santiago on Tuesday.\n\n"
        "The visit follows a telephone conversation between Bolivian Defense Minister Arno Pell and Daal on "
        "February 12, 2026. ")


def test_him_is_the_one_invited_and_the_place_not_the_city_near(nlp):
    x = extract_text(nlp, LEAD + "Daal has accepted an invitation to attend the Andes-2026 military forum in "
                     "Cochabamba, near La Paz, in August, where Pell is due to receive him.\n", PUBLISHED)
    assert ("Arno Pell", "Tomas Velkor") not in meeting_pairs(x)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    assert participant_names(x, planned[0]) == ["Arno Pell", "Ostrin Daal"]
    assert place_name(x, planned[0]) == "Cochabamba"


def test_him_after_a_subject_who_is_the_visitor(nlp):
    x = extract_text(nlp, LEAD + "Velkor will then travel to Cochabamba, where Pell is due to receive him.\n", PUBLISHED)
    assert ("Arno Pell", "Tomas Velkor") in meeting_pairs(x)
