""""Both countries share a commitment to Total Resilience, which Peru introduced in 1984": a capitalised
name with no kind word, after "commitment to" / "concept of", that a relative clause says a country
introduced or adopted, is that country's doctrine (a Policy); not a name with no such clause, nor one
a country merely bought (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Ana Ruiz of Peru met her Chilean counterpart Jorge Lara in Lima on Tuesday. "


def test_a_doctrine_a_country_introduced(nlp):
    x = extract_text(nlp, LEAD + "Both countries also share a commitment to Total Resilience, which Peru introduced "
                                 "in 1984 and which Chile re-established after 2015.")
    assert framework_kinds(x).get("Total Resilience") == "Policy", framework_kinds(x)


def test_a_concept_a_country_adopted(nlp):
    x = extract_text(nlp, LEAD + "Chile backs the concept of Whole Nation Defence, which Peru adopted in 2019.")
    assert framework_kinds(x).get("Whole Nation Defence") == "Policy", framework_kinds(x)


def test_no_doctrine_without_an_introducing_clause(nlp):
    x = extract_text(nlp, LEAD + "Both countries share a commitment to Total Resilience, the minister said.")
    assert "Total Resilience" not in framework_kinds(x), framework_kinds(x)


def test_no_doctrine_for_a_thing_bought(nlp):
    x = extract_text(nlp, LEAD + "Both countries share a commitment to Ranger Hawk, which Peru bought in 2019.")
    assert "Ranger Hawk" not in framework_kinds(x), framework_kinds(x)
