"""Countries that join a body "along with" / "together with" / "alongside" others: the others join
too (invented sentences)."""

from __future__ import annotations

from extract_helpers import members_stated


def _members_of(got: set[tuple[str, str, str]], framework: str, role: str = "member") -> set[str]:
    return {c for c, fw, r in got if fw == framework and r == role}


def test_joined_in_a_year_along_with(nlp):
    got = members_stated("Paraguay joined the River Plate Maritime Forum in 2019, along with Bolivia.", nlp)
    assert _members_of(got, "River Plate Maritime Forum") == {"PRY", "BOL"}


def test_joined_as_observer_alongside(nlp):
    got = members_stated("Mongolia joined the Steppe Security Organisation as an observer alongside Nepal.", nlp)
    assert _members_of(got, "Steppe Security Organisation", "observer") == {"MNG", "NPL"}


def test_joined_with_talks_with_another_country_adds_no_member(nlp):
    got = members_stated("Paraguay joined the River Plate Maritime Forum in 2019 after talks with Bolivia.", nlp)
    assert _members_of(got, "River Plate Maritime Forum") == {"PRY"}
