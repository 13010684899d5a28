"""A host told by his title alone before the article names him ("The Sultan of Oman received X
... Sultan Y and X reviewed ...") is the one person named later with that very title; on
sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import meeting_pairs, meetings_by_participants, extract_text

PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize(
    "text, host",
    [
        ("The Sultan of Brunei received Fijian Defence Minister Pio Naivalu at the palace on Tuesday. "
         "Sultan Omar Bakri and Naivalu reviewed maritime cooperation.", "Omar Bakri"),
        ("The President received Ghanaian Defence Minister Kofi Mensah at State House in Lilongwe on Monday. "
         "President Daniel Phiri said Malawi valued its ties with Ghana.", "Daniel Phiri"),
    ],
)
def test_a_title_told_before_the_name_is_its_later_holder(nlp, text, host):
    x = extract_text(nlp, text, PUBLISHED)
    guest = "Pio Naivalu" if "Naivalu" in text else "Kofi Mensah"
    met = meetings_by_participants(x)
    pair = tuple(sorted((host, guest)))
    assert pair in met
    assert met[pair].date is not None


def test_a_later_holder_told_with_another_country_is_someone_else(nlp):
    # no country in the reference, and the later minister is introduced as another country's
    x = extract_text(nlp, "The Defence Minister received Ghanaian Defence Minister Kofi Mensah in Lilongwe on Monday. "
                          "Later, Zambian Defence Minister Alice Banda arrived in Lilongwe for a border conference.", PUBLISHED)
    assert ("Alice Banda", "Kofi Mensah") not in meeting_pairs(x)


def test_two_later_holders_leave_the_title_unresolved(nlp):
    x = extract_text(nlp, "The President received Ghanaian Defence Minister Kofi Mensah in Lilongwe on Monday. "
                          "President Daniel Phiri later spoke with President Mary Tembo by telephone.", PUBLISHED)
    assert ("Daniel Phiri", "Kofi Mensah") not in meeting_pairs(x)
    assert ("Kofi Mensah", "Mary Tembo") not in meeting_pairs(x)
