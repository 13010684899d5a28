""""On Thursday, the minister flew to Kumasi, where he toured a plant and met X": the meeting verb
joined to the first verb of a "where" clause takes the journey's day, as a lone "where he met X" does."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
HEAD = ("Chile and Ghana deepen defence ties\n\nDefence Minister Pedro Alvarado Rios held talks with his Ghanaian "
        "counterpart Kwame Mensah Boateng in Accra on Monday.\n\n")
PAIR = ("Ama Serwaa Mensah", "Pedro Alvarado Rios")


@pytest.mark.parametrize(("sentence", "day"), [
    ("On Tuesday, the minister flew to Kumasi, the country's second city, where he visited an ammunition plant and "
     "interacted with Dr Ama Serwaa Mensah, director of the Centre for Materials Research, and her team.", "2026-03-10"),
    ("On Wednesday, the minister travelled to Kumasi, where he toured a shipyard and met Dr Ama Serwaa Mensah, head "
     "of the naval research institute.", "2026-03-11"),
    ("On Tuesday the Chilean minister went on to Kumasi, where he inspected the garrison and held talks with Regional "
     "Minister Ama Serwaa Mensah.", "2026-03-10"),
])
def test_the_second_verb_of_a_where_clause_takes_the_journeys_day(nlp, sentence, day):
    x = extract_text(nlp, HEAD + sentence, PUBLISHED)
    meeting = meetings_by_participants(x)[PAIR]
    assert meeting.date is not None and meeting.date.iso == day
    assert place_name(x, meeting) == "Kumasi"


def test_its_own_day_wins(nlp):
    text = HEAD + ("On Tuesday, the minister flew to Kumasi, where he toured a shipyard and on Wednesday met Dr Ama "
                   "Serwaa Mensah, head of the naval research institute.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[PAIR]
    assert meeting.date is not None and meeting.date.iso == "2026-03-11"
