""""The President and Under Secretary X discussed ...": a bare title with "the", joined by "and" to
another title and its holder's name, stands for the person named with it before, not for a second
post of X's; "the Deputy Prime Minister and Defence Minister X" is still both X's. On sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

TEXT = (
    "KOROR, Palau - President Tobias Remeliik received U.S. Under Secretary of Defense for Policy Aaron Kessler "
    "at the Office of the President on Friday. The President and Under Secretary Kessler discussed construction "
    "of the radar. \"The United States has been Palau's partner,\" President Remeliik said."
)


def test_the_title_of_one_named_before_is_not_the_next_names(nlp):
    found = holdings(extract_text(nlp, TEXT))
    assert not any(p == "Aaron Kessler" and t == "President" for p, t, _ in found)
    assert ("Tobias Remeliik", "President", "PLW") in found


def test_two_posts_of_one_holder_joined_by_and_stay_his(nlp):
    text = ("CANBERRA - Prime Minister Alan Forsyth met visiting officials on Friday. The Deputy Prime Minister and "
            "Defence Minister Richard Holloway discussed the budget with them.")
    found = holdings(extract_text(nlp, text))
    assert ("Richard Holloway", "Deputy Prime Minister", "AUS") in found
    assert ("Richard Holloway", "Defence Minister", "AUS") in found


def test_a_title_named_before_with_the_same_holder_stays_his(nlp):
    text = ("CANBERRA - Deputy Prime Minister Richard Holloway met visiting officials on Friday. The Deputy Prime Minister "
            "and Defence Minister Richard Holloway discussed the budget with them.")
    found = holdings(extract_text(nlp, text))
    assert ("Richard Holloway", "Deputy Prime Minister", "AUS") in found
    assert ("Richard Holloway", "Defence Minister", "AUS") in found
