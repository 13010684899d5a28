"""The place of the first of two conjoined verbs ("visited the naval base in X on Monday and later
held talks with Y") is the meeting's too, when the second verb has no subject and no day of its own.
Sentences written for these tests (invented names and countries)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, participant_names, place_name

_extract = partial(extract_text, published=date(2025, 6, 6))


def test_the_place_of_the_first_verb_carries_to_the_later_meeting(nlp):
    x = _extract(nlp, "Norland's Army Chief General Pavel Dorn visited the naval base in Chittagong on Monday and "
                      "later held talks with Bangladesh's Navy Chief Admiral Karim Haque.")
    (meeting,) = x.meetings
    assert participant_names(x, meeting) == ["Karim Haque", "Pavel Dorn"]
    assert place_name(x, meeting) == "Chattogram"


def test_a_place_put_directly_on_the_first_verb_carries_too(nlp):
    x = _extract(nlp, "Norland's Army Chief General Pavel Dorn laid a wreath in Dhaka on Monday and then met "
                      "Bangladesh's Army Chief General Karim Haque.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Dhaka"


def test_no_place_carries_to_a_second_verb_with_its_own_day(nlp):
    x = _extract(nlp, "Norland's Army Chief General Pavel Dorn visited the naval base in Chittagong on Monday and "
                      "on Thursday held talks with Bangladesh's Navy Chief Admiral Karim Haque.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) is None


def test_no_place_carries_from_a_city_left(nlp):
    x = _extract(nlp, "Norland's Army Chief General Pavel Dorn left Chittagong on Monday and later held talks with "
                      "Bangladesh's Navy Chief Admiral Karim Haque.")
    (meeting,) = x.meetings
    assert place_name(x, meeting) is None
