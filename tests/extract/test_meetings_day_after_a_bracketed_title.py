"""A title with a bracketed remit before a name ("met Commander-in-Chief (Navy) Admiral X at ...
yesterday"): the parser may end the sentence at the ")", and the day told in the piece cut off is
still the meeting's."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 4, 2)
LEAD = ("Ghana, Chile hold defence dialogue\n\nACCRA, 1 April — Deputy Minister for Defence Kofi Asante Boadu and "
        "Defence Secretary of Chile Pablo Ruiz Tagle co-chaired the fifth Ghana-Chile Defence Dialogue here this morning.\n\n")


@pytest.mark.parametrize(("sentence", "day"), [
    ("Rear Admiral Diego Soto Vera separately met Commander-in-Chief (Navy) Admiral Yaw Owusu Darko at the naval "
     "headquarters yesterday afternoon.", "2025-03-31"),
    ("Rear Admiral Diego Soto Vera also called on Chief of Staff (Army) General Yaw Owusu Darko at his office "
     "on Monday.", "2025-03-31"),
    ("Colonel Diego Soto Vera held talks with Director General (Operations) Air Commodore Yaw Owusu Darko at "
     "the defence headquarters on 30 March.", "2025-03-30"),
])
def test_the_day_after_a_bracketed_title_is_the_meetings(nlp, sentence, day):
    x = extract_text(nlp, LEAD + sentence, PUBLISHED)
    meeting = meetings_by_participants(x)[("Diego Soto Vera", "Yaw Owusu Darko")]
    assert meeting.date is not None and meeting.date.iso == day


def test_a_bracket_before_a_full_stop_keeps_the_next_sentences_day(nlp):
    # the sentence ends with its full stop: the next sentence's day is another event's
    text = LEAD + ("Rear Admiral Diego Soto Vera separately met Admiral Yaw Owusu Darko at the Office of the Chief "
                   "(Navy). The two navies will hold a joint drill on 20 April.")
    meeting = meetings_by_participants(extract_text(nlp, text, PUBLISHED))[("Diego Soto Vera", "Yaw Owusu Darko")]
    assert meeting.date is None or meeting.date.iso != "2025-04-20"
