"""A day told relative to the meeting before ("In parallel, X met Y", "A day earlier, X called Y")
is that meeting's day, even when paragraphs of background come in between and name no day."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants

LEAD = (
    "SANTIAGO, March 7 (EFE) - Chile's Minister of National Defence Paula Soto received her Peruvian counterpart, "
    "Minister of Defence Carlos Ruiz, in Santiago on Thursday for talks on border security.\n\n"
    "The two ministers signed a letter of intent on cooperation in disaster relief.\n\n"
    "\"Our navies already work side by side,\" Soto told a joint press conference after the meeting. Ruiz said "
    "Peru would send a frigate to the UNITAS exercise in the autumn.\n\n"
)


@pytest.mark.parametrize("opening", ["In parallel,", "Simultaneously,"])
def test_in_parallel_is_the_day_of_the_meeting_before(nlp, opening):
    text = LEAD + (f"{opening} the Commander-in-Chief of the Chilean Navy, Admiral Juan Andrade, held a bilateral "
                   "meeting with the Commander of the Peruvian Navy, Admiral Luis Vargas, at the naval headquarters.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Juan Andrade", "Luis Vargas")]
    assert meeting.date.iso == "2025-03-06"


@pytest.mark.parametrize(("phrase", "day"), [("A day earlier", "2025-03-05"), ("The previous day", "2025-03-05"),
                                             ("A day later", "2025-03-07")])
def test_day_shift_counts_from_the_last_meetings_day_past_background(nlp, phrase, day):
    text = LEAD + ("Chile and Peru have held joint naval exercises since 2010 and signed a maritime boundary "
                   "agreement in 2014.\n\n"
                   f"{phrase}, Soto held a telephone conversation with Bolivia's Minister of Defence Ana Quispe.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Quispe", "Paula Soto")]
    assert meeting.date.iso == day


def test_parallel_inside_a_sentence_is_no_day(nlp):
    text = LEAD + ("Soto later held talks with Bolivia's Minister of Defence Ana Quispe on plans that run in parallel "
                   "with the UNITAS exercise.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Ana Quispe", "Paula Soto")]
    assert meeting.date is None or meeting.date.iso == "2025-03-06"


def test_day_shift_with_no_day_told_before_gives_none(nlp):
    text = ("Chile and Peru have held joint naval exercises since 2010.\n\n"
            "A day earlier, Soto held a telephone conversation with Bolivia's Minister of Defence Ana Quispe.")
    x = extract_text(nlp, text)
    assert all(mt.date is None for mt in x.meetings)


PLANNED_NEXT_DAY = "Ruiz is scheduled to be received by President Ana Lagos at La Moneda later on Friday before returning to Lima.\n\n"


@pytest.mark.parametrize("aside, day", [
    ("A day before the talks, Soto held a telephone conversation with Bolivian Defence Minister Jorge Mamani.", "2025-03-05"),
    ("One day before the meeting, Soto spoke by phone with Bolivian Defence Minister Jorge Mamani.", "2025-03-05"),
    ("A day after the talks, Soto held a telephone conversation with Bolivian Defence Minister Jorge Mamani.", "2025-03-07"),
])
def test_a_day_before_the_talks_counts_from_the_talks_not_the_last_day_told(nlp, aside, day):
    # the sentence right before tells Friday (a planned call): "the talks" are Thursday's
    meeting = meetings_by_participants(extract_text(nlp, LEAD + PLANNED_NEXT_DAY + aside))[("Jorge Mamani", "Paula Soto")]
    assert meeting.date.iso == day


def test_a_day_before_the_talks_with_no_talks_dated_gives_no_day(nlp):
    text = ("Chile's Minister of National Defence Paula Soto received her Peruvian counterpart Carlos Ruiz in Santiago.\n\n"
            "A day before the talks, Soto held a telephone conversation with Bolivian Defence Minister Jorge Mamani.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Jorge Mamani", "Paula Soto")]
    assert meeting.date is None
