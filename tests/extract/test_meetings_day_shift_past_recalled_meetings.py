""""A day earlier" counts from the story's day, not from a meeting the story only recalls (one a
briefing was on, one someone recalled), and a lead the parse hung on the dateline keeps its day."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 5, 13)
LEAD = ("SANTIAGO, May 13 (AP) Peru's Defence Minister Carlos Medina Soto called on President Ana Ruiz here on "
        "Wednesday and discussed ways to deepen defence ties, officials said.\n\n")
RECALLED = ("The Peruvian minister, who is on a five-day visit to Chile, briefed the president on his talks with Defence "
            "Minister Pablo Rojas on Monday, during which the two sides signed a pact on military education.\n\n"
            "Ruiz also recalled her meeting with Bolivian President Luis Quispe on the sidelines of the APEC summit in "
            "Lima last year, officials said.\n\n")
SHIFTED = "A day earlier, Medina Soto held talks with Chief of Defence Staff Gen Jorge Pena in Santiago.\n"


def test_a_day_earlier_skips_the_day_of_talks_a_briefing_was_on_and_a_recalled_meeting(nlp):
    found = meetings_by_participants(extract_text(nlp, LEAD + RECALLED + SHIFTED, PUBLISHED))
    assert found[("Carlos Medina Soto", "Pablo Rojas")].date.iso == "2026-05-11"
    assert found[("Carlos Medina Soto", "Jorge Pena")].date.iso == "2026-05-12"


def test_a_day_earlier_after_talks_told_as_the_story_counts_from_their_day(nlp):
    told = ("The Peruvian minister held talks with Defence Minister Pablo Rojas on Monday and the two sides signed a "
            "pact on military education.\n\n")
    found = meetings_by_participants(extract_text(nlp, LEAD + told + SHIFTED, PUBLISHED))
    assert found[("Carlos Medina Soto", "Jorge Pena")].date.iso == "2026-05-10"


def test_a_day_earlier_counts_from_the_briefing_s_own_day_not_the_talks_day_hung_on_its_verb(nlp):
    text = (
        "Peru's Defence Minister Carlos Medina Soto met Chilean Defence Minister Pablo Rojas in Lima on Monday.\n\n"
        "On Friday, Medina Soto briefed President Ana Ruiz on his talks with Rojas on Monday.\n\n"
        "A day earlier, Medina Soto met Bolivian Defence Minister Luis Quispe in La Paz.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meetings_by_participants(x)[("Carlos Medina Soto", "Luis Quispe")].date.iso == "2026-05-07"


def test_a_day_earlier_after_a_briefing_with_no_day_in_its_topic_counts_from_the_briefing(nlp):
    text = (
        "Peru's Defence Minister Carlos Medina Soto met Chilean Defence Minister Pablo Rojas in Lima on Monday.\n\n"
        "On Friday, Medina Soto briefed President Ana Ruiz on his talks with Rojas.\n\n"
        "A day earlier, Medina Soto met Bolivian Defence Minister Luis Quispe in La Paz.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meetings_by_participants(x)[("Carlos Medina Soto", "Luis Quispe")].date.iso == "2026-05-07"
