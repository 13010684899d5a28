""""met Y in the Kharkhorin garrison town", "visited the Kharkhorin garrison town, where he met Y": the
capitalised words between "the" and a lowercase "garrison town" / "border town" / "port city" name a
town the gazetteer lacks, the meeting's place (as "the X naval base" does). Not a nationality ("the
Mongolian border town" names no town). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
LEAD = "Indian Army chief General Rohan Desai on Tuesday "
PAIR = ("Batbayar Tsend", "Rohan Desai")


def _place(nlp, text: str) -> str | None:
    x = extract_text(nlp, LEAD + text + "\n", PUBLISHED)
    return place_name(x, meetings_by_participants(x)[PAIR])


def test_met_in_the_garrison_town(nlp):
    assert _place(nlp, "met Mongolian Army Commander Major General Batbayar Tsend in the Kharkhorin garrison town.") == "Kharkhorin"


def test_where_clause_on_the_garrison_town(nlp):
    text = "visited the Kharkhorin garrison town, where he met Mongolian Army Commander Major General Batbayar Tsend."
    assert _place(nlp, text) == "Kharkhorin"


def test_a_nationality_before_border_town_is_no_town(nlp):
    # must not fire
    assert _place(nlp, "met Mongolian Army Commander Major General Batbayar Tsend in the Mongolian border town.") != "Mongolian"
