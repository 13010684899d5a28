"""Towns below the gazetteer's population threshold as a meeting's place: the model may read such
a town as a person or a facility, and the meeting phrase may describe it ("the border town of X")."""

from datetime import date

import pytest

from diplokg.nlp import load_pipeline

from extract_helpers import extract_text, meetings_by_participants, person_names, place_name


@pytest.fixture(scope="module")
def nlp():
    return load_pipeline()


def _only_meeting(nlp, text: str):
    x = extract_text(nlp, text, date(2026, 3, 12))
    by_pair = meetings_by_participants(x)
    return x, by_pair


def test_town_read_as_a_person_is_the_place_not_a_participant(nlp):
    x, by_pair = _only_meeting(nlp, "Thai Defence Minister Prasert Wongsakul met Malaysian Defence Minister "
                                    "Faisal Hanif Yusri in Hat Yai on Monday.")
    assert "Hat Yai" not in person_names(x)
    assert list(by_pair) == [("Faisal Hanif Yusri", "Prasert Wongsakul")]
    assert place_name(x, by_pair[("Faisal Hanif Yusri", "Prasert Wongsakul")]) == "Hat Yai"


def test_town_read_as_a_facility_after_held_talks(nlp):
    x, by_pair = _only_meeting(nlp, "Thai Defence Minister Prasert Wongsakul and Malaysian Defence Minister "
                                    "Faisal Hanif Yusri held talks in Hat Yai on Monday.")
    assert place_name(x, by_pair[("Faisal Hanif Yusri", "Prasert Wongsakul")]) == "Hat Yai"


@pytest.mark.parametrize("phrase", ["the border town of Sadao", "the southern city of Songkhla"])
def test_described_town_after_in(nlp, phrase):
    x, by_pair = _only_meeting(nlp, "Thai Defence Minister Prasert Wongsakul and Malaysian Defence Minister "
                                    f"Faisal Hanif Yusri held talks in {phrase} on Monday.")
    assert place_name(x, by_pair[("Faisal Hanif Yusri", "Prasert Wongsakul")]) == phrase.split(" of ")[1]


def test_a_person_trusted_in_is_no_town(nlp):
    x = extract_text(nlp, "Kenyan Defence Cabinet Secretary Wanjiru Kamau met Ugandan Defence Minister Peter Okwir "
                          "in Kampala on Monday. She said her government had full confidence in Samuel Kagwa.",
                     date(2026, 3, 12))
    assert {p.name for p in x.places} == {"Kampala"}
