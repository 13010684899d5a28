""""A met Kenyan Chief of Defence Staff Lt Gen B": after a long title the parser may read the rank
as the root of a new sentence, leaving the meeting verb without its object; the title, the rank
and the name are joined back into the verb's object. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings, meeting_pairs, meetings_by_participants

from diplokg.nlp import _titled_name_broken_at_rank

PUBLISHED = date(2025, 6, 12)


@pytest.mark.parametrize("adjective", ["Ghanaian", "Kenyan", "Nigerian"])
def test_a_partner_with_a_long_title_and_a_rank_is_met(nlp, adjective):
    x = extract_text(nlp, f"Defence Minister Arvind Rao met {adjective} Chief of Defence Staff Lt Gen Thomas Kirui "
                          "in New Delhi on Monday.", PUBLISHED)
    met = meetings_by_participants(x)
    assert set(met) == {("Arvind Rao", "Thomas Kirui")}
    meeting = met[("Arvind Rao", "Thomas Kirui")]
    assert meeting.date is not None and meeting.place is not None
    # the meeting in India with a foreign partner tells whose post the untitled-by-country one is
    assert ("Arvind Rao", "Defence Minister", "IND") in holdings(x)


def test_a_rank_on_a_new_line_is_not_joined_to_the_title_before(nlp):
    # a headline's last title and the next line's rank are two phrases, whatever the parse
    doc = nlp("Defence Minister meets Kenyan Chief of Defence Staff\nLt Gen Thomas Kirui said the talks went well.")
    assert all(_titled_name_broken_at_rank(t) is None for t in doc)


def test_a_rank_after_a_comma_is_not_joined(nlp):
    doc = nlp("Defence Minister Arvind Rao met the Chief of Defence Staff, Lt Gen Thomas Kirui, in Nairobi.")
    assert all(_titled_name_broken_at_rank(t) is None for t in doc)
    assert meeting_pairs(extract_text(nlp, doc.text, PUBLISHED)) == {("Arvind Rao", "Thomas Kirui")}
