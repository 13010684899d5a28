"""Ranks shortened without a dot, as Commonwealth navies and air forces write them ("Cdre X",
"R Adm X", "RAdm X", "AVM X"): the rank opens a person's name and is no part of it, even where the
model took the rank and name for a building; a one-word name after a full rank ("Admiral X") is the
name alone. On sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, meeting_pairs, person_names


@pytest.mark.parametrize("rank", ["Cdre", "R Adm", "RAdm", "VAdm", "AVM"])
def test_a_rank_shortened_without_a_dot_opens_a_person(nlp, rank):
    x = extract_text(nlp, f"SUVA, March 10 - Defence Secretary Mele Tau met {rank} Joram Keel in Suva on Monday.")
    assert "Joram Keel" in person_names(x)
    assert ("Joram Keel", "Mele Tau") in meeting_pairs(x)


def test_a_shortened_rank_opening_the_lead_is_no_part_of_the_name(nlp):
    x = extract_text(nlp, "SUVA, March 10 - R Adm Joram Keel, Chief of Navy of Fiji, met Defence Secretary Mele Tau in Suva on Monday.")
    assert "Joram Keel" in person_names(x)
    assert not any("Adm" in n for n in person_names(x))


def test_a_word_like_a_shortened_rank_inside_a_body_makes_no_person(nlp):
    x = extract_text(nlp, "SUVA, March 10 - Defence Secretary Mele Tau visited the AVM Harbour Works in Suva on Monday.")
    assert person_names(x) == ["Mele Tau"]
