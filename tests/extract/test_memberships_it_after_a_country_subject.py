""""A joined F in 2023. It is one of the eight members of G": an "it" opening the sentence stands for
the one country the sentence before is said of, past an aside set off after it; not for a body
(invented bodies, no sentences from the tuning sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_it_after_a_country_with_an_aside(nlp):
    got = members_stated("Chile, a member of the Pacific Rim Forum since 1995, joined the Andean Defence Council in "
                         "2023. It is one of the eight members of the Southern Ocean Council.", nlp)
    assert ("CHL", "Southern Ocean Council", "member") in got, got


def test_it_after_a_plain_country_subject(nlp):
    got = members_stated("Chile raised its defence budget in 2024. It is a member of the Southern Ocean Council.", nlp)
    assert ("CHL", "Southern Ocean Council", "member") in got, got


def test_it_after_a_body_subject_is_no_country(nlp):
    got = members_stated("The Andean Defence Council met in Lima in 2024. It is one of the eight members of the "
                         "Southern Ocean Council.", nlp)
    assert not any(fw == "Southern Ocean Council" for _, fw, _ in got), got


def test_it_after_two_countries_is_no_country(nlp):
    got = members_stated("Chile and Peru raised their defence budgets in 2024. It is a member of the Southern Ocean "
                         "Council.", nlp)
    assert not any(fw == "Southern Ocean Council" for _, fw, _ in got), got
