"""A run of titles joined by commas before a name set off by commas: every title of the run is
the name's; a title followed by a name written straight after the next title is not (a list of
people). On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2025, 6, 3)


def _titles_of(nlp, text: str, person: str) -> set[str]:
    return {t for p, t, _ in holdings(extract_text(nlp, text, PUBLISHED)) if p == person}


def test_two_stacked_titles_before_a_name_in_commas(nlp):
    text = ("DAKAR, June 2 - The talks were opened by the Minister of State, Minister of Defence, Amadou Seck Diallo, "
            "who welcomed the chiefs to Senegal.")
    assert {"State Minister", "Defence Minister"} <= _titles_of(nlp, text, "Amadou Seck Diallo")


def test_three_stacked_titles_the_first_with_its_state(nlp):
    text = ("TUNIS, June 2 - The President of the Republic, Supreme Commander of the Armed Forces, Minister of National Defence, "
            "Mr Karim Ben Salah, received the visiting ministers in Tunisia on Tuesday.")
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Karim Ben Salah"]  # "Republic" between two titles is no name
    titles = {t for p, t, _ in holdings(x) if p == "Karim Ben Salah"}
    assert {"President", "Supreme Commander of the Armed Forces", "Defence Minister"} <= titles


def test_a_title_before_a_name_run_into_the_next_title_is_not_his(nlp):
    text = "LISBON, June 2 - The envoy met the Prime Minister, Defence Minister Rui Costa Pinto and the army chief of Portugal."
    assert "Prime Minister" not in _titles_of(nlp, text, "Rui Costa Pinto")
