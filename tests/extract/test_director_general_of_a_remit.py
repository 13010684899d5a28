""""Japan's Director General of Defense Policy Kenji X": a director general's remit written after
"of" up to the name the model found is the post's, kept as written (as a minister's portfolio is).
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_remit_up_to_the_name(nlp):
    x = extract_text(nlp, "South Korea's Deputy Minister for National Defense Policy Cho Min-seok met Japan's Director "
                          "General of Defense Policy Kenji Arimoto in Tokyo on Monday.\n", PUBLISHED)
    assert ("Kenji Arimoto", "Director General of Defence Policy", "JPN") in holdings(x)


def test_no_name_after_the_remit_makes_no_holder(nlp):
    # must not fire: no one is named after the post
    x = extract_text(nlp, "The Director General of Military Intelligence said on Monday that the talks in Tokyo "
                          "went well.\n", PUBLISHED)
    assert not holdings(x)
