""""X is expected to hold talks with Y on Friday before leaving for <X's capital>": the journey after
the meeting takes X home, so the meeting is where X now is; not "before travelling to <another city
abroad>", the next leg of a tour."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = (
    "Indian Defence Minister Vikram Rao held talks with Chinese Defence Minister Li Wen in Qingdao on Wednesday.\n\n"
)


def test_talks_before_leaving_for_home_are_where_he_is(nlp):
    text = LEAD + "Rao is expected to hold talks with Belarusian Defence Minister Ivan Petrov on Friday before leaving for New Delhi."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ivan Petrov", "Vikram Rao")]) == "Qingdao"


def test_meeting_before_returning_home_is_where_he_is(nlp):
    text = LEAD + "Rao will meet Kazakh Defence Minister Nurlan Ospanov on Thursday before returning to India."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Nurlan Ospanov", "Vikram Rao")]) == "Qingdao"


def test_call_before_flying_home_is_where_he_is(nlp):
    text = LEAD + "He is scheduled to call on Premier Zhou Ming on Thursday before flying back to New Delhi."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Vikram Rao", "Zhou Ming")]) == "Qingdao"


def test_before_travelling_on_abroad_is_no_place(nlp):
    # the next leg of a tour: the meeting may be anywhere on the way
    text = LEAD + "Rao is expected to hold talks with Belarusian Defence Minister Ivan Petrov on Friday before leaving for Minsk."
    x = extract_text(nlp, text)
    assert place_name(x, meetings_by_participants(x)[("Ivan Petrov", "Vikram Rao")]) is None
