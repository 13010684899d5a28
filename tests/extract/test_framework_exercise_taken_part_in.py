"""An exercise named with its year and no kind word, told by the forces that took part in it:
"Fiji hosted Canadian and Chilean forces during Coral Lance 2026", "The Chilean Navy took part in
Coral Lance 2026", "Chilean troops participated in Coral Lance 2026". Not a name with a year that
no forces are said to be in ("The ministers visited Suva during Fiji Week 2026"), nor an operation."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_forces_hosted_during_a_named_edition(nlp):
    x = extract_text(nlp, "Fiji also hosted Canadian and Chilean forces during Coral Lance 2026 in June last year.")
    assert framework_kinds(x).get("Coral Lance 2026") == "Exercise"


def test_a_navy_took_part_in_a_named_edition(nlp):
    x = extract_text(nlp, "The Chilean Navy took part in Coral Lance 2026 off Suva in June.")
    assert framework_kinds(x).get("Coral Lance 2026") == "Exercise"


def test_troops_participated_in_a_named_edition(nlp):
    x = extract_text(nlp, "Chilean troops participated in Coral Lance 2026 last year.")
    assert framework_kinds(x).get("Coral Lance 2026") == "Exercise"


def test_no_forces_no_exercise(nlp):
    kinds = framework_kinds(extract_text(nlp, "The two ministers visited Suva during Fiji Week 2026 in June."))
    assert not any("2026" in name for name in kinds)


def test_an_operation_is_no_exercise(nlp):
    kinds = framework_kinds(extract_text(nlp, "Chilean forces took part in Operation Coral Lance 2026 last year."))
    assert kinds.get("Operation Coral Lance 2026") != "Exercise" and kinds.get("Coral Lance 2026") != "Exercise"


def test_marines_will_join_a_named_edition(nlp):
    x = extract_text(nlp, "Danish Defence Minister Lars Brondum said Danish marines would join Cold Response 2027 in northern Norway.")
    assert framework_kinds(x).get("Cold Response 2027") == "Exercise"


def test_a_navy_joined_a_named_edition_fronted(nlp):
    x = extract_text(nlp, "Last month the Ruritanian Navy joined Amber Tide 2026 off the coast of Ghana.")
    assert framework_kinds(x).get("Amber Tide 2026") == "Exercise"


def test_two_countries_joining_a_named_edition(nlp):
    x = extract_text(nlp, "Kenya and Uganda have joined Savanna Guard 2027, the army chief Gen. Peter Oduya told reporters.")
    assert framework_kinds(x).get("Savanna Guard 2027") == "Exercise"


def test_joining_a_body_in_a_year_is_no_exercise(nlp):
    kinds = framework_kinds(extract_text(nlp, "Finland joined NATO in 2023 after decades of neutrality."))
    assert not any("2023" in name for name in kinds)
