"""Countries named "alongside" a framework's joiner after the role it joined as ("A joined F as a
founding member in 2015, alongside B and C") join it too; a verb's own clause ends the list. On
sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, membership_triples

PUBLISHED = date(2025, 3, 12)


def _members(nlp, text: str) -> set[tuple[str, str, str]]:
    return membership_triples(extract_text(nlp, text, PUBLISHED))


def test_fellows_after_a_founding_role_join_too(nlp):
    got = _members(nlp, "Senegal joined the Dakar Maritime Initiative as a founding member in 2015, alongside Gambia and Mauritania.")
    assert {("SEN", "Dakar Maritime Initiative", "member"), ("GMB", "Dakar Maritime Initiative", "member"),
            ("MRT", "Dakar Maritime Initiative", "member")} <= got


def test_fellows_of_another_clause_do_not_join(nlp):
    got = _members(nlp, "Senegal joined the Dakar Maritime Initiative in 2015, and later trained alongside Gambia and Mauritania.")
    assert ("SEN", "Dakar Maritime Initiative", "member") in got
    assert not any(c in ("GMB", "MRT") for c, _, _ in got)
