"""A roundabout name for a country's defence head: "the head of the Mongolian military department",
"the head of Mongolia's defence ministry" stands for the person of that country named before with a
post that heads defence (news avoiding the title it has just used), so the meeting it holds is his.
A head of anything else ("the head of the Mongolian delegation") is not read so."""

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs

VISIT = "Mongolian Defence Minister Ivo Marek is on a three-day visit to Egypt.\n\n"


@pytest.mark.parametrize("sentence", [
    "On 19 May, the head of the Mongolian military department held talks in Cairo with his Egyptian counterpart Ahmed Fawzi.",
    "The head of Mongolia's defence department was received on Tuesday by Egyptian Defence Minister Ahmed Fawzi.",
    "On Tuesday the head of the Mongolian defence ministry met Egyptian Defence Minister Ahmed Fawzi in Cairo.",
])
def test_the_head_of_a_countrys_defence_department_is_its_defence_head(nlp, sentence):
    x = extract_text(nlp, VISIT + sentence + "\n", date(2027, 5, 20))
    assert ("Ahmed Fawzi", "Ivo Marek") in meeting_pairs(x)


def test_the_head_of_a_delegation_is_not_read_as_the_defence_head(nlp):
    x = extract_text(nlp, VISIT + "The head of the Mongolian delegation held talks on Tuesday with Egyptian "
                     "Defence Minister Ahmed Fawzi.\n", date(2027, 5, 20))
    assert ("Ahmed Fawzi", "Ivo Marek") not in meeting_pairs(x)
