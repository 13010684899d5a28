"""A meeting verb joined to another by "and" takes its kind (talks, telephone, virtual) from its own
words, not the other verb's ("paid a courtesy call on A and interacted with B": B's meeting is no
phone call, so it keeps the place) (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_helpers import extract_text, meetings_by_participants, place_name

_extract = partial(extract_text, published=date(2025, 6, 20))

VISIT = "Peruvian Navy chief Admiral Carlos Rios began a visit to Ecuador on Monday. "


@pytest.mark.parametrize("sentence", [
    "In Quito, Admiral Rios paid a courtesy call on President Daniel Vega on Tuesday and interacted with the Commandant "
    "of the Coast Guard, Rear Admiral Luis Mora, an officer on secondment, as is customary.",
    "In Quito, Admiral Rios paid a courtesy call on President Daniel Vega on Tuesday and met Rear Admiral Luis Mora, "
    "Commandant of the Coast Guard.",
    "In Quito, Admiral Rios paid a call on President Daniel Vega on Tuesday and also interacted with Rear Admiral "
    "Luis Mora.",
])
def test_the_joined_verbs_meeting_is_not_a_phone_call(nlp, sentence):
    x = _extract(nlp, VISIT + sentence)
    meeting = meetings_by_participants(x)[("Carlos Rios", "Luis Mora")]
    assert meeting.kind != "telephone"
    assert place_name(x, meeting) == "Quito"


def test_a_joined_verb_with_its_own_phone_is_a_phone_call(nlp):
    x = _extract(nlp, VISIT + "In Quito, Admiral Rios held talks with President Daniel Vega on Tuesday and spoke by "
                              "telephone with Rear Admiral Luis Mora.")
    meeting = meetings_by_participants(x)[("Carlos Rios", "Luis Mora")]
    assert meeting.kind == "telephone"


@pytest.mark.parametrize(("sentence", "kind"), [
    # a courtesy call is paid in person: no phone unless one is named
    ("In Quito, Admiral Rios had a courtesy call with President Daniel Vega on Tuesday.", "call-on"),
    ("In Quito, Admiral Rios held a courtesy call with President Daniel Vega on Tuesday.", "call-on"),
    ("Admiral Rios had a courtesy call by telephone with President Daniel Vega on Tuesday.", "telephone"),
    ("Admiral Rios had a phone call with President Daniel Vega on Tuesday.", "telephone"),
])
def test_a_courtesy_call_had_with_someone_is_in_person(nlp, sentence, kind):
    x = _extract(nlp, VISIT + sentence)
    assert meetings_by_participants(x)[("Carlos Rios", "Daniel Vega")].kind == kind
