""""A, a F member since 2004 and a member of G since 2007, ...": the second member phrase joined by
"and" to an apposed one describes the same country (invented bodies, no sentences from the tuning
sets)."""

from __future__ import annotations

from extract_helpers import members_stated


def test_second_member_phrase_of_an_apposition(nlp):
    for text in ("Chile, a Pacific Rim Forum member since 2004 and a member of the Andean Defence Council since 2011, "
                 "has raised its defence budget.",
                 "Chile, a member of the Pacific Rim Forum since 2004 and a member of the Andean Defence Council since "
                 "2011, has raised its defence budget."):
        got = members_stated(text, nlp)
        assert {(c, fw) for c, fw, _ in got} == {("CHL", "Pacific Rim Forum"), ("CHL", "Andean Defence Council")}, (text, got)


def test_second_member_phrase_of_a_copula(nlp):
    got = members_stated("Chile is a Pacific Rim Forum member and a member of the Andean Defence Council.", nlp)
    assert {(c, fw) for c, fw, _ in got} == {("CHL", "Pacific Rim Forum"), ("CHL", "Andean Defence Council")}, got


def test_members_of_another_clause_are_not_the_apposed_country(nlp):
    got = members_stated("Chile, a member of the Pacific Rim Forum since 2004, welcomed Peru and the members of the "
                         "Andean Defence Council.", nlp)
    assert not any(c == "CHL" and fw == "Andean Defence Council" for c, fw, _ in got), got
