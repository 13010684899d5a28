""""A said her talks (meeting) with B on Monday were productive": the talk noun is the subject of
the reported clause, and "her" is the speaker, not the partner inside the noun's own phrase.
Publication date 2025-03-12 (a Wednesday)."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants


@pytest.mark.parametrize("noun", ["talks", "meeting"])
def test_the_speakers_own_talks_are_her_meeting_with_the_partner(nlp, noun):
    x = extract_text(nlp, f"Kenyan Defence Minister Amina Wekesa said her {noun} with Ugandan Defence Minister Peter "
                          "Okwir on Monday were productive.")
    met = meetings_by_participants(x).get(("Amina Wekesa", "Peter Okwir"))
    assert met is not None and met.date is not None and met.date.iso == "2025-03-10"


def test_talks_of_others_the_speaker_comments_on_are_not_hers(nlp):
    # must not fire: "their talks" are of the two named in them, not of the speaker
    x = extract_text(nlp, "Kenyan Defence Minister Amina Wekesa said the talks between Ugandan Defence Minister Peter "
                          "Okwir and Rwandan Defence Minister Jean Habimana on Monday were productive.")
    assert not any("Amina Wekesa" in k for k in meetings_by_participants(x))
