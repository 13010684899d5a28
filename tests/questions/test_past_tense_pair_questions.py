"""`kg ask "when/where did X meet Y"` asks about what has happened: a meeting the article only
plans is left out when a held one is recorded. Built from an invented article."""

from __future__ import annotations

ARTICLE = """ date 2026-03-12
NAIROBI: Kenyan Defence Cabinet Secretary Jomo Wafula held talks with Ghana's Minister of Defence Kofi Asante-Boateng in Nairobi on Tuesday. The two ministers discussed peacekeeping training.

Wafula will travel to Accra in May, where he is scheduled to meet Asante-Boateng again.
"""


def test_where_did_they_meet_leaves_out_the_planned_meeting(article_answers):
    assert article_answers("where did Wafula meet Asante-Boateng") == {"Nairobi"}
    assert article_answers("when did Wafula meet Asante-Boateng") == {"2026-03-10"}


def test_where_will_they_meet_keeps_the_planned_meeting(article_answers):
    assert "Accra" in article_answers("where will Wafula meet Asante-Boateng")
