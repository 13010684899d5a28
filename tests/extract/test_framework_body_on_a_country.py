"""A body's name going on with "on <country>" when its members are listed right after ("the Contact
Committee on Sudan, comprising A, B and C"); not "briefed the Council on X" (invented sentences, no
names from the tuning sets)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_committee_on_a_country_with_its_members_listed_is_one_name(nlp):
    got = members_stated("Norway is a member of the Contact Committee on Sudan, comprising the United States, Norway, "
                         "Kenya and Egypt, which has backed the ceasefire talks.", nlp)
    assert {c for c, fw, role in got if fw == "Contact Committee on Sudan" and role == "member"} == {"USA", "NOR", "KEN", "EGY"}


def test_briefing_a_council_on_a_country_is_no_longer_name(nlp):
    kinds = framework_kinds(extract_text(nlp, "The minister briefed the Defence Council on Sudan, comprising the "
                                              "latest casualty figures and the state of the talks."))
    assert "Defence Council on Sudan" not in kinds
