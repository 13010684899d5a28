""""X declined an invitation to meet Y", "turned down a request for talks with Y", "rejected an offer
to hold talks with Y": a meeting told inside the words of an invitation (request, offer, proposal)
that a called-off verb has as its object is no meeting, as one inside a cancelled visit is not
(invented sentences)."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meeting_pairs


@pytest.mark.parametrize("sentence", [
    "Defence Minister Ana Torres declined an invitation to meet Peru's Defence Minister Luis Quispe in Lima.",
    "Defence Minister Ana Torres turned down a request for talks with Peru's Defence Minister Luis Quispe.",
    "Defence Minister Ana Torres rejected an offer to hold talks with Peru's Defence Minister Luis Quispe.",
    "Peru's Defence Minister Luis Quispe rebuffed a proposal to meet Defence Minister Ana Torres in Quito.",
])
def test_a_declined_invitation_to_meet_is_no_meeting(nlp, sentence):
    assert extract_text(nlp, sentence).meetings == []


def test_an_invitation_declined_before_a_meeting_told_apart(nlp):
    # must not fire: the meeting is told outside the invitation's words
    x = extract_text(nlp, "Defence Minister Ana Torres, who declined an invitation in March, met Peru's Defence "
                          "Minister Luis Quispe in Lima on Monday.")
    assert meeting_pairs(x) == {("Ana Torres", "Luis Quispe")}


def test_a_call_off_particle_still_calls_off(nlp):
    x = extract_text(nlp, "Defence Minister Ana Torres called off her talks with Peru's Defence Minister Luis Quispe.")
    assert x.meetings == []
