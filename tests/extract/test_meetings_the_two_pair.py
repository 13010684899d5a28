""""The two Ministers had last met on <day>" paragraphs after the lead's meeting, when the text in
between goes on about that pair alone; a meeting told as background does not change the day
"earlier in the day" means."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, meetings_by_participants, participant_names

LEAD = (
    "Defence Minister Vikram Rao held bilateral talks with the Minister of Defence of Peru, Luis Moreno, in New Delhi "
    "on March 11, 2025.\n\n"
    "During the meeting, the two Ministers reviewed the progress of bilateral defence cooperation.\n\n"
    "Rao stated that Peru is a key partner in Latin America.\n\n"
)


def test_the_two_ministers_had_last_met_is_the_leads_pair(nlp):
    text = LEAD + (
        "The two Ministers had last held a telephone conversation on February 20, 2025, when they discussed the visit.\n\n"
        "Earlier in the day, Moreno also interacted with Chief of Defence Staff General Arun Nair at South Block."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    call = [mt for key, mt in met.items() if key == ("Luis Moreno", "Vikram Rao") and mt.date.iso == "2025-02-20"]
    assert len(call) == 1
    assert met[("Arun Nair", "Luis Moreno")].date.iso == "2025-03-11"


def test_the_two_ministers_after_someone_else_is_named_is_not_the_leads_pair(nlp):
    text = LEAD + (
        "Chile's ambassador Ana Vera also attended the ceremony.\n\n"
        "The two Ministers had last held a telephone conversation on February 20, 2025, when they discussed the visit."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert all(mt.date is None or mt.date.iso != "2025-02-20" for mt in met.values())


SIDE_LEAD = ("Chilean Defence Minister Ana Rojas held talks with her Peruvian counterpart Luis Quispe in Santiago on Tuesday. "
             "Rojas also met Bolivian Defence Minister Mario Vargas. ")


def _pairs_by_date(x) -> dict[str, tuple[str, ...]]:
    return {mt.date.iso: tuple(participant_names(x, mt)) for mt in x.meetings if mt.date is not None}


@pytest.mark.parametrize("recalled", ["first met", "last met", "had previously met"])
def test_a_recalled_meeting_of_the_two_is_the_story_pair_past_an_also_meeting(nlp, recalled):
    x = extract_text(nlp, SIDE_LEAD + f"The two ministers {recalled} on the sidelines of a regional conference in Lima in 2023.", date(2026, 3, 12))
    assert _pairs_by_date(x)["2023"] == ("Ana Rojas", "Luis Quispe")


def test_the_two_acting_now_after_an_also_meeting_is_still_the_pair_just_told(nlp):
    x = extract_text(nlp, SIDE_LEAD + "The two ministers will meet again in La Paz in May.", date(2026, 3, 12))
    assert _pairs_by_date(x)["2026-05"] == ("Ana Rojas", "Mario Vargas")
