""""three-way (tripartite, joint) talks with A and B": one sitting of all three, as "trilateral
talks" is, not a pair of each partner with the subject; on invented sentences."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 12)


@pytest.mark.parametrize("talks", ["three-way talks", "tripartite talks", "joint talks", "a three-way meeting"])
def test_a_word_of_one_sitting_on_the_talks_makes_one_meeting(nlp, talks):
    text = (f"Namibian Defence Minister Petrus Shivute held {talks} with Botswana's Defence Minister Kagiso Mmusi "
            "and Zambian Defence Minister Mwila Chanda in Windhoek on Monday.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Kagiso Mmusi", "Mwila Chanda", "Petrus Shivute")}


def test_joint_in_a_partners_title_is_no_word_of_the_talks(nlp):
    text = ("Namibian Defence Minister Petrus Shivute held talks with Botswana's Defence Minister Kagiso Mmusi "
            "and the Chief of the Joint Staff, General Placid Segokgo, in Windhoek on Monday.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Kagiso Mmusi", "Petrus Shivute"), ("Petrus Shivute", "Placid Segokgo")}


@pytest.mark.parametrize("other", ["before a three-way meeting on Tuesday", "ahead of a trilateral meeting on Tuesday",
                                   "after a trilateral summit of their presidents"])
def test_a_joint_word_of_another_occasion_told_after_keeps_the_talks_apart(nlp, other):
    text = ("Namibian Defence Minister Petrus Shivute held talks with Botswana's Defence Minister Kagiso Mmusi "
            f"and Zambian Defence Minister Mwila Chanda in Windhoek on Monday, {other}.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Kagiso Mmusi", "Petrus Shivute"), ("Mwila Chanda", "Petrus Shivute")}


def test_a_three_way_meeting_followed_by_an_after_clause_stays_one_sitting(nlp):
    text = ("Namibian Defence Minister Petrus Shivute held a three-way meeting with Botswana's Defence Minister Kagiso Mmusi "
            "and Zambian Defence Minister Mwila Chanda in Windhoek on Monday, after which the three signed a declaration.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Kagiso Mmusi", "Mwila Chanda", "Petrus Shivute")}
