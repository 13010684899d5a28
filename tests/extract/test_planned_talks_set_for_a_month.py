""""A's talks with B are scheduled for June in X": a bare month after "scheduled (planned, set,
slated) for" is the planned meeting's date, as "in June" is; "for" after other words is no date
cue ("a budget for May"). Invented sentences and names."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 11)


@pytest.mark.parametrize("text, day", [
    ("Norlandian Defence Minister Ivo Brandt's talks with Chilean Defence Minister Tomas Ferrer are scheduled for "
     "June in Santiago.", "2026-06"),
    ("A meeting between Norlandian Defence Minister Ivo Brandt and Chilean Defence Minister Tomas Ferrer is "
     "planned for September, the ministry said.", "2026-09"),
    ("Talks between Norlandian Defence Minister Ivo Brandt and Chilean Defence Minister Tomas Ferrer in Santiago "
     "are tentatively set for October.", "2026-10"),
    ("The next round of talks between Norlandian Defence Minister Ivo Brandt and Chilean Defence Minister Tomas "
     "Ferrer is slated for January in Valparaiso.", "2027-01"),
])
def test_a_month_the_talks_are_set_for(nlp, text, day):
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Ivo Brandt", "Tomas Ferrer")]
    assert mt.date is not None and mt.date.iso == day


def test_a_month_after_other_for_is_no_date(nlp):
    # must not fire: "funds for May" names what the money is for, not when the talks are
    x = extract_text(nlp, "Norlandian Defence Minister Ivo Brandt met Chilean Defence Minister Tomas Ferrer on "
                          "Tuesday in Santiago and discussed the funds for May exercises.", PUBLISHED)
    mt = meetings_by_participants(x)[("Ivo Brandt", "Tomas Ferrer")]
    assert mt.date is not None and mt.date.iso == "2026-03-10"
