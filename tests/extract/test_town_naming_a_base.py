""""was received at the Punta Verde naval base by X": the capitalised words before a lowercase
"naval base" / "air base" name the locality the gazetteer lacks, which is the meeting's place
(not the dateline's city); not a nationality ("the Chilean naval base") nor a known city's
name kept as the base's. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 2, 28)
OPENING = "Buenos Aires, 28 February 2027 - On Friday, Admiral Rohan Desai was received at "
VISITED = " by the Commander of the Fleet, Rear Admiral Tomas Ibarren.\n"


def _place(nlp, venue: str) -> str | None:
    x = extract_text(nlp, OPENING + venue + VISITED, PUBLISHED)
    return place_name(x, meetings_by_participants(x)[("Rohan Desai", "Tomas Ibarren")])


def test_the_words_before_a_naval_base_name_its_town(nlp):
    assert _place(nlp, "the Punta Verde naval base") == "Punta Verde"


def test_one_word_before_an_air_base(nlp):
    assert _place(nlp, "the Quilmara air base") == "Quilmara"


def test_a_nationality_before_a_naval_base_is_no_town(nlp):
    # must not fire: "the Chilean naval base" names no locality
    assert _place(nlp, "the Chilean naval base") != "Chilean"


TRIP = ("New Delhi, 23 February 2027 - Chief of the Naval Staff Admiral Rohan Desai will leave for Santiago tonight on a "
        "visit to Chile from February 24 to 27, the Navy said on Monday.\n\n")


def test_a_where_clause_on_the_base_takes_the_days_and_the_town(nlp):
    text = TRIP + ("On Friday, Adm. Desai is due to travel to the Punta Verde naval base, where the Commander of the Fleet, "
                   "Rear Admiral Pablo Quiroga, will host him.\n")
    x = extract_text(nlp, text, date(2027, 2, 23))
    mt = meetings_by_participants(x)[("Pablo Quiroga", "Rohan Desai")]
    assert mt.date is not None and mt.date.iso == "2027-02-26"
    assert place_name(x, mt) == "Punta Verde"
