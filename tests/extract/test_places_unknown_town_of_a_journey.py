""""will travel to Korotoga on Vanua Mira, where he will meet X", "flew to Puerto Calvero and met
X", "arrived in Tamboru on Tuesday": capitalised words right after the "to" of a verb of travel (the
"in" of "arrive") are the town the traveller goes to, though the gazetteer lacks it; the meeting
there is not left with the place of the story's earlier meeting, nor is one at a site the journey
went to ("travelled to NATO headquarters, where he met X") (invented names and towns)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)
FIRST = "Fijian Defence Minister Tevita Ralomu met New Zealand Defence Minister Hamish Corliss in Suva on Monday. "


def test_unknown_town_after_travel_to_is_the_meeting_place(nlp):
    for second, town in (
        ("Tomorrow, Corliss will travel to Korotoga on Vanua Mira, where he is scheduled to meet Brigadier Semi Naqara.", "Korotoga"),
        ("On Tuesday, Corliss flew to Puerto Calvero, where he met Brigadier Semi Naqara.", "Puerto Calvero"),
        ("On Wednesday, Corliss headed to San Tadeo del Mar, where he met Brigadier Semi Naqara.", "San Tadeo del Mar"),
    ):
        x = extract_text(nlp, FIRST + second + "\n", PUBLISHED)
        meetings = meetings_by_participants(x)
        assert place_name(x, meetings[("Hamish Corliss", "Semi Naqara")]) == town, second
        assert place_name(x, meetings[("Hamish Corliss", "Tevita Ralomu")]) == "Suva"


def test_a_body_after_travel_to_is_no_town(nlp):
    # must not fire: a headquarters, an acronym and a building after "the" are no towns; the meeting
    # there is not in the city of the earlier one either
    for where in ("NATO headquarters", "the Pentagon", "Allied Command Headquarters"):
        second = f"On Tuesday, Corliss travelled to {where}, where he met Brigadier Semi Naqara."
        x = extract_text(nlp, FIRST + second + "\n", PUBLISHED)
        place = place_name(x, meetings_by_participants(x)[("Hamish Corliss", "Semi Naqara")])
        assert place is None, where
