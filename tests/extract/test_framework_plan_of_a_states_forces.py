"""A plan or programme titled with the forces of one state and the year (or years) it runs to
("the Programme for the Development of the Defence Capabilities of the Estonian Armed Forces 2035",
"the Long-Term Development Plan of the Danish Armed Forces 2025-2034") keeps the forces and the
years in its title; without a year after them the forces are not taken in ("... briefed the Plan
of the Danish Army on Monday")."""

from __future__ import annotations

from extract_helpers import extract_text


def _names(x) -> list[str]:
    return sorted(f.name for f in x.frameworks)


def test_a_programme_of_a_states_forces_to_a_year(nlp):
    x = extract_text(nlp, "Admiral Tomas Verlo briefed the delegations on the Breeze 2027 naval exercise, which the Estonian Navy will host "
                          "in July, and on the Programme for the Development of the Defence Capabilities of the Estonian Armed Forces 2035.")
    assert "Programme for the Development of the Defence Capabilities of the Estonian Armed Forces 2035" in _names(x)


def test_a_plan_of_a_states_forces_over_years(nlp):
    x = extract_text(nlp, "The ministry said the purchase was consistent with the Long-Term Development Plan of the Danish Armed Forces "
                          "2025-2034, adopted by parliament last year.")
    assert "Long-Term Development Plan of the Danish Armed Forces 2025-2034" in _names(x)


def test_no_year_after_the_forces_leaves_them_out(nlp):
    x = extract_text(nlp, "General Ivo Brel presented the Modernisation Programme of the Danish Army on Monday.")
    assert not any("Danish" in n for n in _names(x))
