"""A national capital that is the subject of joining or of being a member stands for its country
("Quito joined F in 2019"); a join only urged ("A should join F") makes no member. Invented text."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def _members(nlp, text: str) -> set[tuple[str, str, str]]:
    return set(membership_triples(extract_text(nlp, text)))


def test_a_capital_that_joined_a_body_is_its_country(nlp):
    assert ("PER", "Pacific Alliance", "member") in _members(nlp, "Lima joined the Pacific Alliance in 2011.")


def test_a_capital_that_is_one_of_the_founding_members_is_its_country(nlp):
    assert ("NZL", "FPDA", "member") in _members(
        nlp, "Wellington is one of the founding members of the Five Power Defence Arrangements.")


def test_a_capital_that_became_a_member_is_its_country(nlp):
    assert ("DNK", "NATO", "member") in _members(nlp, "Copenhagen became a member of NATO in 1949.")


def test_a_capital_that_hosted_a_body_is_no_member(nlp):
    assert not _members(nlp, "Quito hosted a meeting of the Pacific Alliance in 2019.")


def test_a_join_only_urged_makes_no_member(nlp):
    assert not _members(nlp, "The envoy said Chile should join the Arms Trade Treaty.")
    assert not _members(nlp, "The envoy said Santiago should join the Arms Trade Treaty.")
