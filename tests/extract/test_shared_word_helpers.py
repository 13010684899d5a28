"""Helpers several rules share (one definition each): a name's quoted nickname, a title's words
folded to British spelling, a post's label built from its words, the compass and date words.
Invented names and titles."""

from __future__ import annotations

import spacy

from diplokg import dates
from diplokg.facts import CARDINAL_COMPASS_WORDS as FACTS_CARDINAL, REGION_COMPASS_WORDS, _title_words_folded
from diplokg.mentions import POLITY_COMPASS_WORDS, _without_nickname
from diplokg.nlp import CARDINAL_COMPASS_WORDS, COMPASS_WORDS, DATE_SPAN_WORDS, capitalised_post


def test_a_quoted_nickname_inside_a_name_is_left_out_and_kept_apart():
    assert _without_nickname(['Ramon', '"Jun"', 'Dizon']) == (["Ramon", "Dizon"], ["Jun"])
    assert _without_nickname(["Josefa", "“Pep", "Lu”", "Almira"]) == (["Josefa", "Almira"], ["Pep", "Lu"])


def test_no_nickname_leaves_the_name_as_it_is():
    assert _without_nickname(["Ramon", "Dizon"]) == (["Ramon", "Dizon"], [])
    assert _without_nickname(['"Jun"', "Ramon", "Dizon"]) == (['"Jun"', "Ramon", "Dizon"], [])  # not inside
    assert _without_nickname(["Ramon", '"Jun', "Dizon"]) == (["Ramon", '"Jun', "Dizon"], [])  # never closed


def test_title_words_fold_to_british_spelling_in_any_case():
    assert _title_words_folded("deputy defense minister") == {"deputy", "defence", "minister"}
    assert _title_words_folded("Secretary of National Defense") == {"secretary", "of", "national", "defence"}
    assert _title_words_folded("Vice-Minister of DEFENSE") == {"vice-minister", "of", "defence"}


def test_a_posts_label_capitalises_all_but_its_joiners():
    doc = spacy.blank("en")("chief of staff to the U.S. defence minister")
    assert capitalised_post(doc) == "Chief of Staff To the U.S. Defence Minister"
    assert capitalised_post(doc, ("of", "the", "to")) == "Chief of Staff to the U.S. Defence Minister"
    assert capitalised_post(doc[:3], ()) == "Chief Of Staff"


def test_compass_words_are_one_list():
    assert CARDINAL_COMPASS_WORDS == FACTS_CARDINAL == {"north", "south", "east", "west", "northern", "southern", "eastern", "western"}
    assert COMPASS_WORDS == CARDINAL_COMPASS_WORDS | {"central"}
    assert POLITY_COMPASS_WORDS == {"North", "South", "East", "West", "Northern", "Southern", "Eastern", "Western"}
    assert REGION_COMPASS_WORDS >= COMPASS_WORDS | {"north-eastern", "-"}


def test_date_words_include_the_months_and_weekdays_dates_reads():
    assert set(dates._FULL_MONTHS) | set(dates._WEEKDAYS) <= DATE_SPAN_WORDS
    assert {"may", "sunday", "today", "eve"} <= DATE_SPAN_WORDS and "teodor" not in DATE_SPAN_WORDS
