""""The meeting was their first since they conferred on the sidelines of X in Y last November":
"they" (or "the two ministers") as the subject of "conferred" stands for the pair just told, as
for "met"; "they conferred with their advisers" tells no meeting of the pair. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, place_name

PUBLISHED = date(2025, 3, 15)
LEAD = "Defence Minister Arlo Tenmark met Corvanian Defence Minister Brisa Holloway in Ostra on Monday. "


def _pair_meetings(x):
    return [mt for mt in x.meetings if len(mt.participants) == 2]


def test_they_conferred_earlier_is_the_pair(nlp):
    x = extract_text(nlp, LEAD + "The meeting was their first since they conferred on the sidelines of the Regional "
                     "Defence Forum in Oslo last November.\n", PUBLISHED)
    meetings = _pair_meetings(x)
    assert len(meetings) == 2
    earlier = [mt for mt in meetings if place_name(x, mt) == "Oslo"]
    assert len(earlier) == 1 and earlier[0].status == "held"
    assert earlier[0].date is not None and earlier[0].date.iso == "2024-11"


def test_the_two_ministers_conferred(nlp):
    x = extract_text(nlp, LEAD + "The two ministers last conferred in Oslo in November.\n", PUBLISHED)
    assert [place_name(x, mt) for mt in _pair_meetings(x)].count("Oslo") == 1


def test_they_conferred_with_advisers_is_no_new_meeting(nlp):
    x = extract_text(nlp, LEAD + "They conferred with their advisers afterwards.\n", PUBLISHED)
    assert len(x.meetings) == 1


def test_they_conferred_after_a_sentence_on_the_two_officials(nlp):
    x = extract_text(nlp, LEAD + "In a statement on Tuesday, the ministry said the two officials reviewed the defence "
                     "agreement.\n\nThe meeting was their first since they conferred on the sidelines of the Regional "
                     "Defence Forum in Oslo last November.\n", PUBLISHED)
    assert [place_name(x, mt) for mt in _pair_meetings(x)].count("Oslo") == 1


def test_meeting_since_which_lends_no_place_to_the_next(nlp):
    # the meeting "since" which this one is the first is background: a later meeting of the day
    # told with no city stays in the story's city, not in the background one's
    x = extract_text(nlp, LEAD + "The meeting was their first since they conferred on the sidelines of the Regional "
                     "Defence Forum in Oslo last November.\n\nOn Monday afternoon, Holloway also met Army Chief "
                     "Gen. Davor Klinsky at the ministry headquarters.\n", PUBLISHED)
    later = [mt for mt in x.meetings if "Davor Klinsky" in [p.name for p in x.persons if p.key in mt.participants]]
    assert len(later) == 1 and place_name(x, later[0]) != "Oslo"
