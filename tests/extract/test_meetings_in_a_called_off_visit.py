""""X cancelled (postponed, called off) his visit to Y, where he was to meet Z": the meeting told in the
called-off visit's own words goes with the visit: no meeting, neither held nor planned. A meeting
told outside those words ("X, who postponed a trip in January, met Z on Friday") stands."""

from __future__ import annotations

import pytest

from extract_helpers import meeting_pairs, meetings_by_participants, extract_text


@pytest.mark.parametrize("sentence", [
    "Chilean Defence Minister Tomas Fuentes postponed his visit to Lima, where he was due to meet Peruvian Defence "
    "Minister Rosa Quispe, the ministry said.",
    "Chilean Defence Minister Tomas Fuentes cancelled a trip to Lima where he had been expected to meet Peruvian "
    "Defence Minister Rosa Quispe, officials said.",
    "Chilean Defence Minister Tomas Fuentes called off his visit to Lima, where he was to meet Peruvian Defence "
    "Minister Rosa Quispe on Friday.",
])
def test_a_meeting_within_a_called_off_visit_is_none(nlp, sentence):
    text = "SANTIAGO, March 12 (Reuters) - " + sentence + " Chile and Peru gave no reason."
    assert ("Rosa Quispe", "Tomas Fuentes") not in meeting_pairs(extract_text(nlp, text))


def test_a_meeting_outside_the_called_off_visit_stands(nlp):
    text = ("SANTIAGO, March 12 (Reuters) - Chilean Defence Minister Tomas Fuentes, who postponed a visit to Quito "
            "in January, met Peruvian Defence Minister Rosa Quispe in Lima on Tuesday. Chile and Peru discussed "
            "border security.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Rosa Quispe", "Tomas Fuentes")]
    assert meeting.status == "held"
