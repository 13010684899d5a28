""""on the sidelines of the X Meeting, which is scheduled to be held in C": the meeting is in the city
where the occasion is held, told in a relative clause on it; not a city the clause tells otherwise."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, place_name

LEAD = "Peruvian Defence Minister Carlos Ruiz held a phone call with Chilean Defence Minister Paula Soto on Monday.\n\n"


@pytest.mark.parametrize("plan", [
    "Ruiz will meet Soto on the sidelines of the Andean Defence Ministers' Meeting, which is scheduled to be held in Quito in late June.",
    "Ruiz is expected to meet Soto on the sidelines of the Andean Defence Ministers' Meeting, which will be held in Quito next month.",
    "Ruiz will hold talks with Soto on the margins of the regional security conference, which takes place in Quito in June.",
])
def test_city_where_the_occasion_is_held(nlp, plan):
    x = extract_text(nlp, LEAD + plan)
    meeting = next(mt for mt in x.meetings if mt.status == "planned")
    assert place_name(x, meeting) == "Quito"


def test_city_the_clause_tells_otherwise_is_not_taken(nlp):
    text = LEAD + ("Ruiz will meet Soto on the sidelines of the Andean Defence Forum, which was founded in Quito in 1998.")
    x = extract_text(nlp, text)
    meeting = next(mt for mt in x.meetings if mt.status == "planned")
    assert place_name(x, meeting) != "Quito"


@pytest.mark.parametrize("clause", ["which took shape in Quito in 1998", "which took root at a meeting in Quito in 1998"])
def test_take_without_place_is_no_holding(nlp, clause):
    x = extract_text(nlp, LEAD + f"Ruiz will meet Soto on the sidelines of the Andean Defence Forum, {clause}.")
    meeting = next(mt for mt in x.meetings if mt.status == "planned")
    assert place_name(x, meeting) != "Quito"
