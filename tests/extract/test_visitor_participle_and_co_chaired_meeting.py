"""A visitor's city told by a participle set off after the name ("X, currently visiting Y, was
received by Z"), and a co-chaired occasion named only by its noun ("A co-chaired the meeting with B")."""

from datetime import date

import pytest

from diplokg.nlp import load_pipeline

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


@pytest.mark.parametrize("verb", ["was received by President Ruto", "met Kenyan Defence Cabinet Secretary Wanjiru Kamau"])
def test_participle_visit_gives_the_meetings_city(nlp, verb):
    x = extract_text(nlp, f"Ghanaian Defence Minister Omane Boamah, currently visiting Nairobi, {verb} on Tuesday.",
                     date(2026, 3, 12))
    (meeting,) = x.meetings
    assert place_name(x, meeting) == "Nairobi"


def test_participle_of_a_country_gives_no_city(nlp):
    x = extract_text(nlp, "Ghanaian Defence Minister Omane Boamah, currently visiting Kenya, met Kenyan Defence Cabinet "
                          "Secretary Wanjiru Kamau on Tuesday.", date(2026, 3, 12))
    (meeting,) = x.meetings
    assert place_name(x, meeting) is None


@pytest.mark.parametrize("tail", ["along with Chilean Defence Undersecretary Ricardo Montero",
                                  "with his Chilean counterpart Ricardo Montero"])
def test_co_chaired_the_meeting_with_a_partner(nlp, tail):
    x = extract_text(nlp, f"Peruvian Defence Vice Minister Jorge Chavez co-chaired the meeting {tail} in Lima on Wednesday.",
                     date(2026, 3, 12))
    meeting = meetings_by_participants(x)[("Jorge Chavez", "Ricardo Montero")]
    assert place_name(x, meeting) == "Lima"
    assert meeting.date.iso == "2026-03-11"


@pytest.mark.parametrize("text", [
    "Peruvian Defence Vice Minister Jorge Chavez chaired the meeting in Lima on Wednesday.",
    "Peruvian Defence Vice Minister Jorge Chavez co-chaired a meeting with industry leaders in Lima on Wednesday.",
])
def test_one_chair_or_no_named_partner_is_no_meeting(nlp, text):
    assert meeting_pairs(extract_text(nlp, text, date(2026, 3, 12))) == set()
