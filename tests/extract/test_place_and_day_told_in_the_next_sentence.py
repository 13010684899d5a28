""""The meeting between A and B lasted an hour. It was held in Z on Monday.": the next sentence's
"it was held" ("the meeting was held", "took place") gives the meeting its day and its city, which
wins over the dateline's city the meeting had only by default; "It" after a sentence on something
else, and a sentence on an exercise to come, give it nothing. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)
LEAD = ("WELLINGTON, March 10 - The meeting between New Zealand Defence Minister Marama Tiketi and "
        "Chilean Defence Minister Osvaldo Larrain lasted an hour. ")


def _only(x):
    places = {p.key: p.name for p in x.places}
    assert len(x.meetings) == 1
    mt = x.meetings[0]
    return places.get(mt.place), mt.date.iso if mt.date else None


def test_it_was_held_in_the_next_sentence(nlp):
    x = extract_text(nlp, LEAD + "It was held in Auckland on Monday.", PUBLISHED)
    assert _only(x) == ("Auckland", "2026-03-09")


def test_the_meeting_was_held_after_a_verb_of_meeting(nlp):
    x = extract_text(nlp, "WELLINGTON, March 10 - New Zealand Defence Minister Marama Tiketi met Chilean Defence "
                     "Minister Osvaldo Larrain. The meeting was held in Auckland on Monday.", PUBLISHED)
    assert _only(x) == ("Auckland", "2026-03-09")


def test_an_exercise_to_come_gives_no_place(nlp):
    x = extract_text(nlp, LEAD + "The exercise will be held in Auckland in May.", PUBLISHED)
    assert _only(x)[0] == "Wellington"


def test_it_after_a_sentence_on_something_else(nlp):
    x = extract_text(nlp, "WELLINGTON, March 10 - New Zealand Defence Minister Marama Tiketi met Chilean Defence "
                     "Minister Osvaldo Larrain on Monday. The ministers discussed a naval exercise. "
                     "It was held in Auckland last year.", PUBLISHED)
    assert _only(x) == ("Wellington", "2026-03-09")


def test_a_meeting_to_come_will_take_place(nlp):
    x = extract_text(nlp, "STOCKHOLM, March 10 - Swedish Defence Minister Ebba Roslund will meet Finnish Defence "
                     "Minister Veikko Harjunpaa on Friday. The meeting will take place in Turku.", PUBLISHED)
    assert _only(x) == ("Turku", "2026-03-13")


def test_a_meeting_to_come_keeps_its_place_after_one_held(nlp):
    x = extract_text(nlp, "STOCKHOLM, March 10 - Swedish Defence Minister Ebba Roslund will meet Finnish Defence "
                     "Minister Veikko Harjunpaa in Stockholm on Friday. The exercise was held in Turku.", PUBLISHED)
    assert _only(x) == ("Stockholm", "2026-03-13")


def test_held_two_sentences_after_the_meeting_through_a_sentence_about_it(nlp):
    x = extract_text(nlp, "WELLINGTON, March 10 - New Zealand Defence Minister Marama Tiketi met Chilean Defence "
                     "Minister Osvaldo Larrain to discuss naval cooperation. The meeting between Tiketi and Larrain "
                     "lasted an hour. It was held in Auckland on Monday.", PUBLISHED)
    assert _only(x) == ("Auckland", "2026-03-09")


def test_not_through_a_sentence_about_something_else(nlp):
    x = extract_text(nlp, "WELLINGTON, March 10 - New Zealand Defence Minister Marama Tiketi met Chilean Defence "
                     "Minister Osvaldo Larrain to discuss naval cooperation. The navy opened a new base on Friday. "
                     "The ceremony was held in Auckland.", PUBLISHED)
    assert _only(x)[0] == "Wellington"
