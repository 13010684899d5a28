"""'Head of State' is a post, written in apposition after its holder with its country ("General X,
Ruritania's head of state, ..."); the phrase with no holder named beside it gives no holding
(invented sentences)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 4, 2)


def test_a_head_of_state_in_apposition_holds_the_post(nlp):
    x = extract_text(nlp, "The ministers were then received on Friday by General Hamid Bako, Chad's head of state, at the "
                          "presidential palace in N'Djamena.", PUBLISHED)
    assert ("Hamid Bako", "Head of State", "TCD") in holdings(x)


def test_heads_of_state_with_no_holder_hold_nothing(nlp):
    x = extract_text(nlp, "Heads of state of the bloc met in Abuja. Kenyan Defence Minister Ann Wambui met the head of "
                          "state on Monday.", PUBLISHED)
    assert not any(title == "Head of State" for _, title, _ in holdings(x))
