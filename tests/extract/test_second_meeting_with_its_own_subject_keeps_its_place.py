""""A met B on March 3, and they met again on March 10 in X": the second clause has a subject and a
day of its own, so the place written after it is its meeting's only, not the first one's. Without
a subject ("A met B and C in X on Monday") the trailing place is shared. Invented sentences."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, participant_names, place_name

PUBLISHED = date(2026, 3, 12)


def _meetings(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return sorted((m.date.iso if m.date else "", place_name(x, m)) for m in x.meetings
                  if participant_names(x, m) == ["Ivo Brandt", "Tomas Ferrer"])


@pytest.mark.parametrize("text, first, second", [
    ("Norlandian Defence Minister Ivo Brandt met Chilean Defence Minister Tomas Ferrer on March 3, and they met "
     "again on March 10 in Valparaiso.", "2026-03-03", "2026-03-10"),
    ("Norlandian Defence Minister Ivo Brandt received Chilean Defence Minister Tomas Ferrer on March 2, and the two "
     "ministers held further talks on March 4 in Valparaiso.", "2026-03-02", "2026-03-04"),
    ("Norlandian Defence Minister Ivo Brandt held talks with Chilean Defence Minister Tomas Ferrer on Monday, and "
     "the pair met again in Valparaiso on Wednesday.", "2026-03-09", "2026-03-11"),
])
def test_the_first_meeting_does_not_take_the_second_ones_place(nlp, text, first, second):
    found = _meetings(nlp, text)
    assert (second, "Valparaíso") in found or (second, "Valparaiso") in found
    assert not any(d == first and p in ("Valparaíso", "Valparaiso") for d, p in found)


def test_a_trailing_place_without_a_new_subject_is_shared(nlp):
    # must not fire: one subject for both verbs, the place after the last is both meetings'
    x = extract_text(nlp, "Norlandian Defence Minister Ivo Brandt called on President Ana Solis and held talks with "
                          "Chilean Defence Minister Tomas Ferrer in Santiago on Monday.", PUBLISHED)
    assert {place_name(x, m) for m in x.meetings} == {"Santiago"}
    assert len(x.meetings) == 2


@pytest.mark.parametrize("again", ["The pair met again in Valparaiso on Wednesday.",
                                   "The duo conferred again in Valparaiso on Wednesday."])
def test_the_pair_stands_for_the_two_just_told(nlp, again):
    text = ("Norlandian Defence Minister Ivo Brandt held talks with Chilean Defence Minister Tomas Ferrer on "
            "Monday. " + again)
    assert ("2026-03-11", "Valparaíso") in _meetings(nlp, text)


def test_a_pair_of_others_is_not_the_two(nlp):
    # must not fire: "a pair of ..." with no "the" names others
    text = ("Norlandian Defence Minister Ivo Brandt held talks with Chilean Defence Minister Tomas Ferrer on "
            "Monday. A pair of senior officials met in Valparaiso on Wednesday.")
    assert _meetings(nlp, text) == [("2026-03-09", None)]
