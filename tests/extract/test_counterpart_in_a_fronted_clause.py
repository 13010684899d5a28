""""After meeting his Latvian counterpart, X told reporters ...": the name after the comma is the
subject of the main clause, the one whose counterpart was met, not the counterpart; he keeps his
own country and post. "met his Latvian counterpart, X, on Monday" still names the counterpart."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

LEAD = "Estonian Defence Minister Karl Vostrik met Latvia's Defence Minister Anton Melnik in Tallinn on Monday. "


def test_the_subject_after_a_fronted_clause_keeps_his_country(nlp):
    for clause in ("After meeting his Latvian counterpart, ", "Following talks with his Latvian counterpart, "):
        x = extract_text(nlp, LEAD + clause + "Vostrik told reporters that the talks were useful.", date(2026, 11, 13))
        held = holdings(x)
        assert ("Karl Vostrik", "Defence Minister", "EST") in held, clause
        assert not any(person == "Karl Vostrik" and country == "LVA" for person, _, country in held), clause


def test_a_name_in_commas_after_counterpart_is_still_the_counterpart(nlp):
    text = "Estonian Defence Minister Karl Vostrik met his Latvian counterpart, Anton Melnik, in Tallinn on Monday."
    held = holdings(extract_text(nlp, text, date(2026, 11, 13)))
    assert ("Anton Melnik", "Defence Minister", "LVA") in held
    assert ("Karl Vostrik", "Defence Minister", "EST") in held
