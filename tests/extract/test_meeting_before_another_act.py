""""A will meet B in X on Thursday before leaving for Y on Saturday": the day and place of the
"before <gerund>" phrase are the traveller's next act, not the meeting's; a "before" phrase with a
noun ("before the summit") is not such an act. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 10)  # a Tuesday
LEAD = "LIMA - Peruvian Defence Minister Harun Kelvari arrived in Quito on Monday for a three-day visit.\n\n"
PLACE_NAMES = {"Quito", "Bogota", "Lima"}


def _meeting_with(x, name):
    places = {p.key: p.name for p in x.places}
    found = [mt for mt in x.meetings if name in participant_names(x, mt)]
    assert len(found) == 1
    return found[0].date.iso if found[0].date else None, places.get(found[0].place)


def test_meet_before_leaving_for(nlp):
    x = extract_text(nlp, LEAD + "Kelvari will meet Ecuadorian Defence Minister Ilan Vostrik in Quito on Thursday "
                     "before leaving for Bogota on Saturday.\n", PUBLISHED)
    assert _meeting_with(x, "Ilan Vostrik") == ("2026-03-12", "Quito")


def test_held_talks_before_flying_on(nlp):
    x = extract_text(nlp, LEAD + "On Monday he held talks with the Ecuadorian Chief of Joint Command, General "
                     "Marek Dunavan, before flying on to Bogota on Wednesday.\n", PUBLISHED)
    day, place = _meeting_with(x, "Marek Dunavan")
    assert day == "2026-03-09" and place != "Bogota"


def test_is_due_to_call_on_before_returning(nlp):
    x = extract_text(nlp, LEAD + "He is due to call on President Lida Orvane on Thursday before returning to Lima "
                     "on Friday.\n", PUBLISHED)
    assert _meeting_with(x, "Lida Orvane")[0] == "2026-03-12"


def test_before_a_noun_keeps_its_day(nlp):
    x = extract_text(nlp, LEAD + "Kelvari will meet Ecuadorian Defence Minister Ilan Vostrik in Quito before the regional "
                     "summit on Thursday.\n", PUBLISHED)
    assert _meeting_with(x, "Ilan Vostrik") == ("2026-03-12", "Quito")


def test_flies_to_meet_before_returning(nlp):
    x = extract_text(nlp, LEAD + "Kelvari is scheduled to fly to Guayaquil on Thursday to meet Ecuadorian Defence Minister "
                     "Ilan Vostrik before returning home on Saturday.\n", PUBLISHED)
    assert _meeting_with(x, "Ilan Vostrik")[0] == "2026-03-12"


def test_travels_to_hold_talks_before_leaving_for(nlp):
    x = extract_text(nlp, LEAD + "Kelvari will travel to Bogota on Friday to hold talks with Colombian Defence Minister "
                     "Marek Dunavan before leaving for Caracas on Sunday.\n", PUBLISHED)
    day, place = _meeting_with(x, "Marek Dunavan")
    assert day == "2026-03-13" and place != "Caracas"
