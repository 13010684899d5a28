""""at <named venue> in <Town>": one capitalised word after "in" that follows a venue named after
"at" is the town the meeting is in, though the gazetteer lacks it and the model reads it as a body
or as nothing."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 9, 10)
LEAD = "OSLO, Sept 10 - Defence Minister Tore Lund met Danish Defence Minister Mads Holm in Oslo on Monday.\n\n"


@pytest.mark.parametrize(("venue", "town"), [
    ("Rygge Air Station", "Dilling"),
    ("Haakonsvern Naval Base", "Mathopen"),
])
def test_town_after_a_named_venue_is_the_place(nlp, venue, town):
    x = extract_text(nlp, LEAD + (f"Mr Holm also received a courtesy call from the Chief of Defence, Gen Henrik Aasvang, "
                                  f"at {venue} in {town} on Tuesday morning, before flying home."), PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Henrik Aasvang", "Mads Holm")]) == town


def test_a_month_or_a_body_after_a_venue_is_no_town(nlp):
    x = extract_text(nlp, LEAD + ("Mr Holm also met the Chief of Defence, Gen Henrik Aasvang, at Rygge Air Station "
                                  "in September."), PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Henrik Aasvang", "Mads Holm")]) != "September"


def test_a_town_read_as_a_people_after_a_venue_is_the_place(nlp):
    """The model may tag a small town as a people's name (NORP); one no known people stands for is the
    town, over the place carried from the story's lead."""
    x = extract_text(nlp, LEAD + ("Mr Holm, who landed on Sunday, was received by President Aiyana Tsosie "
                                  "at the State House in Ornans the same evening."), PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Aiyana Tsosie", "Mads Holm")]) == "Ornans"


def test_a_people_with_its_noun_after_a_venue_is_no_town(nlp):
    x = extract_text(nlp, LEAD + ("Mr Holm, who landed on Sunday, was received by President Aiyana Tsosie "
                                  "at the State House in Danish waters the same evening."), PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Aiyana Tsosie", "Mads Holm")]) not in ("Danish", "Danish waters")
