""""A held talks with B in X on Monday. The next meeting will be held in Y": a meeting to come of the
pair just told, in Y; not "the next meeting of the Joint Commission" (a body's sitting), nor one
told as held (invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = ("TUNIS, March 10, 2026: Latvian Defence Minister Aivars Brenckis held talks with his Tunisian counterpart "
        "Hedi Mansouri in Tunis on Monday. The two ministers discussed training and maritime security. ")


def _planned(nlp, text):
    x = extract_text(nlp, LEAD + text, PUBLISHED)
    return [(participant_names(x, mt), place_name(x, mt), mt.date.iso if mt.date else None) for mt in x.meetings
            if mt.status == "planned"]


def test_the_next_meeting_will_be_held_in_a_city(nlp):
    assert _planned(nlp, "The next meeting will be held in Riga.") == [(["Aivars Brenckis", "Hedi Mansouri"], "Riga", None)]


def test_the_next_meeting_will_take_place_in_a_city_in_a_month(nlp):
    assert _planned(nlp, "The next meeting will take place in Riga in October.") == [
        (["Aivars Brenckis", "Hedi Mansouri"], "Riga", "2026-10")]


def test_the_next_meeting_of_a_body_or_one_held_is_not_the_pairs(nlp):
    # must not fire: a body's next sitting; a meeting told as held
    assert _planned(nlp, "The next meeting of the Joint Defence Commission will be held in Riga.") == []
    assert _planned(nlp, "The next meeting was held in Riga.") == []
