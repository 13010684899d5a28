"""A meeting told on "the first (second, last) day" of a visit whose days were told as a span: that
day of the span, whether the span is in the sentence before ("A is on a visit to X from March 8 to
11. On the second day, ...") or in the meeting's own ("During his visit from March 8 to 10, A held
talks with B on the first day")."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PAIR = ("Kofi Mensah", "Liang Wei")


def meeting_date(nlp, text: str) -> str | None:
    meeting = meetings_by_participants(extract_text(nlp, text, date(2026, 3, 12)))[PAIR]
    return meeting.date.iso if meeting.date else None


def test_the_nth_day_of_a_visit_told_in_the_sentence_before(nlp):
    assert meeting_date(nlp, (
        "Ghana's Defence Minister Kofi Mensah is on a visit to Beijing from March 8 to 11. On the second day of the "
        "visit, he met Chinese Defence Minister Liang Wei at the Bayi Building.")) == "2026-03-09"
    assert meeting_date(nlp, (
        "Ghana's Defence Minister Kofi Mensah will visit Beijing from 16 to 19 March. On the final day, he will call "
        "on Chinese Defence Minister Liang Wei.")) == "2026-03-19"


def test_the_nth_day_of_a_visit_whose_days_the_same_sentence_tells(nlp):
    assert meeting_date(nlp, (
        "During his three-day visit to Beijing from March 8 to 10, Ghana's Defence Minister Kofi Mensah held talks "
        "with Chinese Defence Minister Liang Wei on the first day.")) == "2026-03-08"


def test_a_meeting_during_a_span_of_days_without_its_day_stays_undated(nlp):
    assert meeting_date(nlp, (
        "During his three-day visit to Beijing from March 8 to 10, Ghana's Defence Minister Kofi Mensah held talks "
        "with Chinese Defence Minister Liang Wei.")) is None
    # told after a span of days without its day: any day of it
    assert meeting_date(nlp, (
        "Ghana's Defence Minister Kofi Mensah is on a visit to Beijing from March 8 to 11. He met Chinese Defence "
        "Minister Liang Wei.")) is None


def test_the_nth_day_of_a_visit_told_sentences_before_with_single_days_between(nlp):
    # the span told in the lead; a day within it told between does not hide it
    assert meeting_date(nlp, (
        "Ghana's Defence Minister Kofi Mensah will pay a visit to China from 16 to 19 March. The visit is aimed at "
        "deepening ties. He is due to hold talks with the Chief of General Staff on 16 March. On the final day, he "
        "will travel to Shanghai, where he is scheduled to meet Chinese Defence Minister Liang Wei.")) == "2026-03-19"


def test_the_nth_day_after_two_spans_stays_undated(nlp):
    # two spans of days told before: which one "the final day" ends is unclear
    assert meeting_date(nlp, (
        "Ghana's Defence Minister Kofi Mensah will pay a visit to China from 16 to 19 March and to Japan from 20 to "
        "22 March. The visit is aimed at deepening ties. On the final day, he will travel to Shanghai, where he is "
        "scheduled to meet Chinese Defence Minister Liang Wei.")) is None
