"""`kg ask "when did X hold talks with Y"` asks for talks held in person: a call or a video
conference of the pair is left out when in-person talks are recorded, and answers when none are.
Built from invented articles."""

from __future__ import annotations

ARTICLE = """ date 2026-03-12
NAIROBI: Kenyan Defence Cabinet Secretary Jomo Wafula held talks with Ghana's Minister of Defence Kofi Asante-Boateng in Nairobi on Tuesday. The two ministers discussed peacekeeping training.

Wafula and Asante-Boateng had last held a video conference on February 3, 2026, when they agreed to expand officer exchanges.
"""


def test_hold_talks_leaves_out_the_video_conference(article_answers):
    assert article_answers("when did Wafula hold talks with Asante-Boateng") == {"2026-03-10"}
    assert article_answers("when did Asante-Boateng hold talks with Jomo Wafula?") == {"2026-03-10"}


def test_a_video_conference_is_still_one_when_asked_for(article_answers):
    assert "2026-02-03" in article_answers("when did Wafula and Asante-Boateng hold a video conference")
