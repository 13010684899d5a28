"""Days a meeting takes from what the story tells around it: "a day after he held talks with X"
(the main clause's day moved back), "soon after his arrival" (the day the visitor was told to
arrive), and none from the sentence before when the meeting is told "during the visit" (any of
its days) or from a "before leaving on <day>" clause after it. A sentence is not cut before a
one-letter initial ("Air Marshal A K Rao")."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2025, 3, 14)  # a Friday


def _days(nlp, text: str) -> dict[tuple[str, ...], str | None]:
    found = meetings_by_participants(extract_text(nlp, text, published=PUBLISHED))
    return {pair: (mt.date.iso if mt.date else None) for pair, mt in found.items()}


def test_a_day_after_moves_the_main_clauses_day_back(nlp):
    text = ("Norway's Defence Minister Ola Berg was received by President Ana Lund at the palace in Tallinn on "
            "Thursday, a day after he held talks with Defence Minister Kristjan Tamm on Baltic security.")
    days = _days(nlp, text)
    assert days[("Ana Lund", "Ola Berg")] == "2025-03-13"
    assert days[("Kristjan Tamm", "Ola Berg")] == "2025-03-12"


def test_two_days_after_moves_it_back_two(nlp):
    text = ("Kenyan Defence Minister Jane Achieng met Ugandan President Moses Kagoro in Kampala on Thursday, "
            "two days after she held talks with Defence Minister Peter Okello.")
    assert _days(nlp, text)[("Jane Achieng", "Peter Okello")] == "2025-03-11"


def test_soon_after_his_arrival_is_the_arrival_day(nlp):
    text = ("Chilean Defence Minister Tomas Vidal arrived in Lima on Wednesday on a three-day official visit. "
            "He is accompanied by senior officials of his ministry.\n\n"
            "Soon after his arrival, Minister Vidal called on the Chief of the Navy, Admiral Luis Paredes, at the naval headquarters.")
    assert _days(nlp, text)[("Luis Paredes", "Tomas Vidal")] == "2025-03-12"


def test_a_meeting_told_during_the_visit_takes_no_day_from_the_sentence_before(nlp):
    text = ("Peruvian Defence Minister Tomas Vidal, who landed in Quito on Tuesday, had earlier called on Navy chief "
            "Adm. Luis Paredes. He also met Army chief Gen Pablo Ortiz and Air Marshal A K Rao, the Chief of the "
            "Air Staff, during the visit, officials said.")
    days = _days(nlp, text)
    assert days[("Pablo Ortiz", "Tomas Vidal")] is None
    assert days[("A K Rao", "Tomas Vidal")] is None


def test_the_day_of_a_departure_after_a_meeting_during_the_visit_is_not_its_day(nlp):
    text = ("Defence Minister Tomas Vidal will arrive in Quito on Monday. He also plans to meet the Army "
            "Commander, General Pablo Ortiz, during the visit, before travelling to Guayaquil on March 20.")
    assert _days(nlp, text)[("Pablo Ortiz", "Tomas Vidal")] is None


def test_a_day_told_in_the_meetings_own_clause_still_counts(nlp):
    # must not fire: no "during the visit", no "a day after": the clause's own day
    text = ("Defence Minister Tomas Vidal arrived in Quito on Monday. He also met the Army Commander, "
            "General Pablo Ortiz, on Tuesday.")
    assert _days(nlp, text)[("Pablo Ortiz", "Tomas Vidal")] == "2025-03-11"
