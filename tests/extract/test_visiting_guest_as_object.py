""""A met (received, called on) visiting Kenyan Defence Minister B": the attributive "visiting",
which the parser may read as a verb taking the guest as its object, leaves B the meeting's
partner; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meeting_pairs, meetings_by_participants

from diplokg.nlp import _titled_guest_after

PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Arvind Rao received visiting Chilean Defence Minister Ana Vera in New Delhi on Monday.",
        "Army chief General Arvind Rao met visiting Chilean Army Commander General Ana Vera in New Delhi on Monday.",
        "President Arvind Rao received visiting Ghanaian Defence Cabinet Secretary Ana Vera at State House on Monday.",
        "Vice President Arvind Rao received visiting Chilean Defence Minister Ana Vera at the presidential palace on Monday.",
    ],
)
def test_the_visiting_guest_is_the_partner(nlp, sentence):
    met = meetings_by_participants(extract_text(nlp, sentence, PUBLISHED))
    assert ("Ana Vera", "Arvind Rao") in met
    assert met[("Ana Vera", "Arvind Rao")].date is not None


def test_visiting_a_country_is_no_guest(nlp):
    # "visiting" with a place as its object stays a verb: the meeting is the one the sentence tells
    x = extract_text(nlp, "Chilean Defence Minister Ana Vera, visiting India for the first time, met Defence Minister "
                          "Arvind Rao in New Delhi on Monday.", PUBLISHED)
    assert meeting_pairs(x) == {("Ana Vera", "Arvind Rao")}


@pytest.mark.parametrize(
    "sentence",
    [
        "Defence Minister Arvind Rao received visiting Kenyan Chief of Defence Staff Lt Gen Thomas Kirui in New Delhi on Monday.",
        "Indian Defence Minister Arvind Rao received visiting Kenyan Chief of Defence Staff Lt Gen Thomas Kirui in New Delhi on Monday.",
        "Defence Minister Arvind Rao received visiting Kenyan Chief of Naval Staff Vice Admiral Thomas Kirui in New Delhi on Monday.",
        "Defence Minister Arvind Rao received visiting Nigerian Chief of Defence Staff Lt Gen Samuel Okonkwo-Adeyemi in New Delhi on Monday.",
    ],
)
def test_a_guest_with_a_long_title_and_a_rank_is_the_partner(nlp, sentence):
    # the rank after a long title may break the parse into pieces; the guest is still the object
    x = extract_text(nlp, sentence, PUBLISHED)
    (pair,) = meeting_pairs(x)
    assert "Arvind Rao" in pair
    assert meetings_by_participants(x)[pair].date is not None


def test_a_titled_visitor_visiting_a_country_stays_the_subject(nlp):
    x = extract_text(nlp, "Chilean Chief of Defence Staff Lt Gen Ana Vera, visiting India for the first time, met "
                          "Defence Minister Arvind Rao in New Delhi on Monday.", PUBLISHED)
    assert meeting_pairs(x) == {("Ana Vera", "Arvind Rao")}


def test_things_between_visiting_and_a_name_make_no_guest(nlp):
    # only country words, titles and ranks may stand between "visiting" and the guest's name
    doc = nlp("Defence Minister Arvind Rao inspected visiting Kenyan Navy ships with Lt Gen Thomas Kirui on Monday.")
    visiting = next(t for t in doc if t.lower_ == "visiting")
    assert _titled_guest_after(visiting) is None
