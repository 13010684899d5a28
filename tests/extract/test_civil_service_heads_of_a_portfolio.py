""""Principal Secretary for Defence Jane Doe", "Permanent Secretary of Defence Jane Doe": a
ministry's top civil servant named with the portfolio; the model may read the portfolio and the
holder's name as one organisation ("Defence Jane Doe"), losing the person, or keep only "Secretary
of Defence". The title with its portfolio is one span. Not "Principal Secretary" alone, nor a
"Cabinet Secretary for Defence". Invented names."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, meeting_pairs, posts_held


@pytest.mark.parametrize("written, title", [
    ("Principal Secretary for Defence", "Principal Secretary for Defence"),
    ("Principal Secretary for Foreign Affairs", "Principal Secretary for Foreign Affairs"),
    ("Permanent Secretary of Defence", "Permanent Secretary of Defence"),
    ("Permanent Secretary for Defence", "Permanent Secretary of Defence"),
])
def test_portfolio_of_a_civil_service_head(nlp, written, title):
    x = extract_text(nlp, f"Defence Secretary Tarun Bedi held talks with Kenyan {written} Agnes Wanjiru in Nairobi "
                     "on Tuesday. India and Kenya discussed training.\n")
    held = posts_held(x)
    assert held.get("Agnes Wanjiru") == [(title, "KEN", None)]
    assert held.get("Tarun Bedi") == [("Defence Secretary", "IND", None)]
    assert ("Agnes Wanjiru", "Tarun Bedi") in meeting_pairs(x)


@pytest.mark.parametrize("written, title", [
    ("Principal Secretary", "Principal Secretary"),
    ("Cabinet Secretary for Defence", "Cabinet Secretary for Defence"),
])
def test_other_secretaries_keep_their_titles(nlp, written, title):
    x = extract_text(nlp, f"Defence Secretary Tarun Bedi held talks with Kenyan {written} John Kamau in Nairobi "
                     "on Tuesday. India and Kenya discussed training.\n")
    assert posts_held(x).get("John Kamau") == [(title, "KEN", None)]
