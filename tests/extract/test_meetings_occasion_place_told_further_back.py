"""An occasion referred back to ("on the sidelines of the forum") whose nearest earlier mention
tells its day but no place: the place comes from a sentence further back that tells no other day,
and "here" there is the dateline's city."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = "QUITO, March 12 (Agency) -- "


def test_here_in_the_lead_gives_the_occasion_its_dateline_city(nlp):
    text = (
        LEAD + "Army commanders from across the Andes gathered here on Wednesday for a forum of the Andean Land Forces Conference. "
        "Opening the two-day forum this morning, General Rosa Vega, Commander of the Ecuadorian Army, said border security "
        "would top the agenda. "
        "On Tuesday, Vega held talks with General Marco Silva, Commander of the Brazilian Army, by video link. "
        "Also on the sidelines of the forum on Wednesday, General Tomas Ibarra, Commander of the Peruvian Army, held a "
        "bilateral with Colombian Army chief General Lucia Prado, according to a statement."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Lucia Prado", "Tomas Ibarra")]
    assert meeting.date.iso == "2025-03-12"
    assert place_name(x, meeting) == "Quito"


def test_place_told_before_the_day_of_the_occasion(nlp):
    text = (
        "Army commanders from across the Andes met in Lima for a forum of the Andean Land Forces Conference. "
        "Opening the forum on Tuesday, General Rosa Vega, Commander of the Ecuadorian Army, said border security "
        "would top the agenda. "
        "On the sidelines of the forum, General Tomas Ibarra, Commander of the Peruvian Army, held a "
        "bilateral with Colombian Army chief General Lucia Prado."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Lucia Prado", "Tomas Ibarra")]
    assert meeting.date.iso == "2025-03-11"
    assert place_name(x, meeting) == "Lima"


def test_place_of_an_occasion_on_another_day_is_not_taken(nlp):
    text = (
        "Army commanders from across the Andes met in Lima on March 2 for a forum of the Andean Land Forces Conference. "
        "Opening another forum on Tuesday, General Rosa Vega, Commander of the Ecuadorian Army, said border security "
        "would top the agenda. "
        "On the sidelines of the forum, General Tomas Ibarra, Commander of the Peruvian Army, held a "
        "bilateral with Colombian Army chief General Lucia Prado."
    )
    x = extract_text(nlp, text)
    meeting = meetings_by_participants(x)[("Lucia Prado", "Tomas Ibarra")]
    assert place_name(x, meeting) != "Lima"
