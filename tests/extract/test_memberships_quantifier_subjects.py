"""Memberships whose countries are named far back and taken up by "both"/"all" (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds, membership_triples

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_both_are_members_after_a_long_first_clause(nlp):
    x = _extract(nlp, "Peru and Ecuador signed the Lima Accord in 1990 after a long dispute over the border, "
                      "and both are members of the Conference of Navy Commanders of the Pacific.")
    assert "Conference of Navy Commanders of the Pacific" in framework_kinds(x)
    assert membership_triples(x) >= {("PER", "Conference of Navy Commanders of the Pacific", "member"),
                                     ("ECU", "Conference of Navy Commanders of the Pacific", "member")}


def test_both_are_also_members(nlp):
    x = _extract(nlp, "Ghana and Togo are among the first signatories of the Accra Charter on Maritime Safety, "
                      "and both are also members of the Gulf of Guinea Coastal Association.")
    assert {("GHA", "Gulf of Guinea Coastal Association", "member"),
            ("TGO", "Gulf of Guinea Coastal Association", "member")} <= membership_triples(x)


def test_both_are_founding_members(nlp):
    x = _extract(nlp, "Norway and Finland agreed last year to pool their purchases of artillery shells for the army, "
                      "and both are founding members of the Northern Supply Organisation.")
    assert {("NOR", "Northern Supply Organisation", "member"),
            ("FIN", "Northern Supply Organisation", "member")} <= membership_triples(x)


def test_people_who_are_members_are_no_countries(nlp):
    x = _extract(nlp, "Peru and Ecuador signed the Lima Accord in 1990 after a long dispute over the border, "
                      "and many of their officers are members of the Andean Officers Club.")
    assert not any(fw == "Andean Officers Club" for _, fw, _ in membership_triples(x))
