"""Titles that are titles only when capitalised: "Danish Defence Chief Gen X" names the head of the
armed forces; "the defence chief" in lower case is a way of saying whoever heads defence (a minister
or secretary named before), not that post."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, meeting_pairs

PUBLISHED = date(2026, 3, 12)


def test_a_capitalised_headline_title_before_a_rank_and_name(nlp):
    x = extract_text(nlp, "Irish Defence Minister Sean Walsh held talks with Danish Defence Chief Gen Anders Lyngby on Monday.", PUBLISHED)
    assert ("Anders Lyngby", "Chief of Defence", "DNK") in holdings(x)
    assert ("Anders Lyngby", "Sean Walsh") in meeting_pairs(x)


def test_the_lower_case_defence_chief_is_no_post(nlp):
    x = extract_text(nlp, "Philippine Defense Secretary Ramon Cruz visited Jakarta. Earlier this month, the defense chief "
                          "held talks with Malaysia's Defence Minister Amir Hamzah in Kuala Lumpur.", PUBLISHED)
    assert not any(title == "Chief of Defence" for _, title, _ in holdings(x))
    assert ("Amir Hamzah", "Ramon Cruz") in meeting_pairs(x)
