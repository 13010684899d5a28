""""X is on a visit to Tokyo, where he met his Japanese counterpart, Defense Minister Y, on Monday": the
name in apposition after the comma is the one met, though the parse may hang it on the main clause."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("NEW DELHI: Defence Minister Arjun Mehta is expected to hold talks with Peruvian Defence Minister Carlos Ruiz "
        "in Lima next month, people aware of the plans said. ")


@pytest.mark.parametrize(("city", "object_phrase", "name"), [
    ("Tokyo", "his Japanese counterpart, Defense Minister Gen Nakatani,", "Gen Nakatani"),
    ("Canberra", "his Australian counterpart, Defence Minister Richard Marles,", "Richard Marles"),
    ("Hanoi", "his Vietnamese counterpart, Defense Minister Phan Van Giang,", "Phan Van Giang"),
])
def test_counterpart_named_after_a_comma(nlp, city, object_phrase, name):
    text = LEAD + f"Ruiz is currently on a visit to {city}, where he met {object_phrase} on Monday."
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[tuple(sorted(("Carlos Ruiz", name)))]
    assert place_name(x, meeting) == city
    assert meeting.date.iso == "2025-03-10"


def test_counterpart_then_a_clause_naming_someone_else_is_no_meeting_with_them(nlp):
    text = LEAD + ("Carlos Ruiz met his counterpart on Monday; the talks were praised by President Gabriel Boric, "
                   "officials said.")
    x = extract_text(nlp, text)
    assert ("Carlos Ruiz", "Gabriel Boric") not in meetings_by_participants(x)


def test_counterparts_named_after_a_comma_are_all_met(nlp):
    # review check: of "counterparts, A and B" every person is met, not only the first
    x = extract_text(nlp, "Brazilian Defence Minister Jose Mucio met his counterparts, Argentine Defence Minister Luis "
                          "Petri and Chilean Defence Minister Maya Fernandez, in Brasilia on Monday.")
    assert {("Jose Mucio", "Luis Petri"), ("Jose Mucio", "Maya Fernandez")} <= set(meetings_by_participants(x))
