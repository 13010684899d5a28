"""Head words of shared defence efforts: a "Combined ... Force" (with Spanish particles in its name), a
patrol named "Combined/Joint ... Patrol", a "... Defence Line" (invented names)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, framework_kinds

_extract = partial(extract_text, published=date(2025, 3, 12))


def test_combined_force_with_a_spanish_name(nlp):
    fws = framework_kinds(_extract(nlp, "Chile and Peru agreed to expand the Estrella del Norte Combined Peace Force."))
    assert fws.get("Estrella del Norte Combined Peace Force") == "Organisation"


def test_bare_combined_forces_are_no_body(nlp):
    # "the Combined Forces of the two nations": two states' forces together, no named body
    fws = framework_kinds(_extract(nlp, "The Combined Forces of the two nations held a drill on Monday."))
    assert "Combined Forces" not in fws
    fws = framework_kinds(_extract(nlp, "Chile and Peru sent ships to the Combined Coastal Forces in March."))
    assert fws.get("Combined Coastal Forces") == "Organisation"


def test_combined_force_with_two_particles(nlp):
    fws = framework_kinds(_extract(nlp, "Brazil and Uruguay agreed to expand the Rio de la Plata Combined River Force."))
    assert "Rio de la Plata Combined River Force" in fws


def test_combined_patrol_with_words_between(nlp):
    fws = framework_kinds(_extract(nlp, "The Combined Andean Naval Patrol, which the two navies have run since 2001, will add a ship."))
    assert fws.get("Combined Andean Naval Patrol") == "Exercise"


def test_border_patrol_is_no_framework(nlp):
    fws = framework_kinds(_extract(nlp, "The Border Patrol arrested smugglers and the Navy Patrol sailed."))
    assert fws == {}


def test_defence_line(nlp):
    fws = framework_kinds(_extract(nlp, "He will discuss the Carpathian Defense Line and the joint purchase of drones."))
    assert fws.get("Carpathian Defense Line") == "Initiative"


def test_one_states_defence_line_is_none(nlp):
    # a line on one state's own front: an owner before it, or a compass word naming its side
    for text in ("Peru's Southern Defence Line was strengthened.", "Chile's Northern Defense Line was strengthened.",
                 "Soldiers dug trenches along the Western Defence Line."):
        assert framework_kinds(_extract(nlp, text)) == {}, text


def test_bare_defence_line_is_none(nlp):
    fws = framework_kinds(_extract(nlp, "Troops crossed the front line near the Defence Line."))
    assert fws == {}


def test_combined_task_force_keeps_its_number(nlp):
    fws = framework_kinds(_extract(nlp, "Navy officers now serve on the staff of Combined Task Force 471 in the Arabian Sea."))
    assert "Combined Task Force 471" in fws
    assert "Combined Task Force" not in fws
