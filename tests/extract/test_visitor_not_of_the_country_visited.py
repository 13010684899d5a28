"""A head of government named without a country, whose own visit went to the other side's capital,
holds the post of the country the story is told from, even when the host's holder of that post was
first read as home's: on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 2, 2)

VISIT = (
    "NEW DELHI: Chief of the Army Staff General Arvind Kesharwal will be on a three-day visit to Nepal from February 3 to 5, "
    "the Indian Army said on Monday.\n\n"
    "Gen Kesharwal will hold talks with the Chief of the Nepali Army, General Prakash Thapalia, in Kathmandu. "
    "He is also expected to call on Prime Minister Ramesh Adhikaryal before returning to New Delhi.\n\n"
    "The visit comes a year after Prime Minister Sudhir Mankotra's visit to Kathmandu in November 2025, "
    "during which the two sides reviewed progress on rail links.\n\n"
    "\"Nepal occupies a central place in India's foreign policy,\" an Army officer said."
)


def test_a_visitor_to_the_hosts_capital_is_not_the_hosts(nlp):
    found = holdings(extract_text(nlp, VISIT, PUBLISHED))
    assert ("Sudhir Mankotra", "Prime Minister", "IND") in found
    assert ("Ramesh Adhikaryal", "Prime Minister", "NPL") in found  # the host called on keeps the host's post
    assert ("Sudhir Mankotra", "Prime Minister", "NPL") not in found


def test_a_visitor_to_the_home_capital_is_the_other_sides(nlp):
    # his visit goes to the country the story is told from: the post is the other side's
    text = VISIT.replace("Mankotra's visit to Kathmandu", "Mankotra's visit to New Delhi")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Sudhir Mankotra", "Prime Minister", "NPL") in found
    assert ("Sudhir Mankotra", "Prime Minister", "IND") not in found
