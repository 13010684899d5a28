"""A sentence opening "In the afternoon," ("In the evening,", "In the morning,") tells a meeting
on the day of the meeting told just before; "In the afternoon of 12 February" keeps its own day."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
HEAD = "Chile and Ghana deepen defence ties\n\n"
FIRST = ("Defence Minister Pedro Alvarado Rios held talks with his Ghanaian counterpart Kwame Mensah Boateng in "
         "Accra on Tuesday.\n\n")


@pytest.mark.parametrize(("first", "second"), [
    (FIRST, "In the evening, Mr Alvarado Rios called on President Kofi Asante Boadu at the presidential palace."),
    (FIRST, "In the afternoon, President Kofi Asante Boadu received the Chilean minister and his delegation at the "
            "Jubilee House."),
    ("Chile's Defence Minister Pedro Alvarado Rios will hold talks with Ghanaian Defence Minister Kwame Mensah "
     "Boateng in Accra on Friday.\n\n",
     "In the morning, Mr Alvarado Rios will lay a wreath, and he will meet President Kofi Asante Boadu at noon."),
])
def test_the_part_of_the_day_is_the_day_told_before(nlp, first, second):
    x = extract_text(nlp, HEAD + first + second, PUBLISHED)
    found = meetings_by_participants(x)
    before = found[("Kwame Mensah Boateng", "Pedro Alvarado Rios")]
    after = found[("Kofi Asante Boadu", "Pedro Alvarado Rios")]
    assert before.date is not None and after.date is not None and after.date.iso == before.date.iso


def test_a_part_of_a_named_day_keeps_that_day(nlp):
    text = HEAD + FIRST + "In the afternoon of 12 February, Mr Alvarado Rios had called on President Kofi Asante Boadu."
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Kofi Asante Boadu", "Pedro Alvarado Rios")]
    assert meeting.date.iso == "2026-02-12"
