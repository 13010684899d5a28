""""Minister A hosted Minister B in X on May 3, and the two ministers agreed to ...": the parser may
read "hosted" as a modifier and the whole "A hosted B" as the subject of the later verb, which is
then the sentence's root; the meeting verb is made the root again, on sentences written for these
tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 24)


def test_hosted_before_a_joined_clause_of_the_two_ministers(nlp):
    text = ("Defence Minister Seo Jin-hwan hosted Chilean Defence Minister Andrés Molina Tapia in Valparaíso on "
            "March 23, and the two ministers agreed to expand cooperation in naval shipbuilding.")
    meetings = meetings_by_participants(extract_text(nlp, text, PUBLISHED))
    assert set(meetings) == {("Andrés Molina Tapia", "Seo Jin-hwan")}
    meeting = meetings[("Andrés Molina Tapia", "Seo Jin-hwan")]
    assert meeting.date is not None and meeting.date.iso == "2027-03-23"
    assert place_name(extract_text(nlp, text, PUBLISHED), meeting) == "Valparaíso"


def test_a_thing_welcomed_before_the_joined_clause_is_no_guest(nlp):
    text = ("Defence Minister Seo Jin-hwan welcomed the new shipbuilding agreement in Valparaíso on March 23, "
            "and the two ministers agreed to expand cooperation in naval shipbuilding.")
    assert meetings_by_participants(extract_text(nlp, text, PUBLISHED)) == {}
