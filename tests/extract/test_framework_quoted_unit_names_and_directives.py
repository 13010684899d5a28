"""A unit's quoted name after its kind words ('the Combined Peace Force "Estrella Austral"': the
whole is the name, the quoted words an alias) and a defence policy directive ("the National Defence
Policy Directive"); each with a look-alike that is no such name."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_quoted_name_after_a_units_kind_words(nlp):
    x = extract_text(nlp, 'The ministers also reviewed the Combined Peace Force "Estrella Austral", a binational unit created in 2011.')
    fw = {f.name: f for f in x.frameworks}
    assert fw['Combined Peace Force "Estrella Austral"'].kind == "Organisation"
    assert "Estrella Austral" in fw['Combined Peace Force "Estrella Austral"'].aliases
    said = extract_text(nlp, 'The minister said the Defence Cooperation Agreement "works well" for both sides.')
    assert "Defence Cooperation Agreement" in framework_kinds(said)


def test_defence_policy_directive(nlp):
    x = extract_text(nlp, "Peru's National Defence Policy Directive, updated last year, names the Amazon as a priority area.")
    assert framework_kinds(x).get("National Defence Policy Directive") == "Policy"
    other = extract_text(nlp, "The EU Working Time Directive applies to soldiers, the court said.")
    assert not framework_kinds(other)


def test_quoted_title_keeps_its_leading_article(nlp):
    kinds = framework_kinds(extract_text(nlp, 'The visit builds on the Joint Vision "A Partnership for Shared Prosperity" '
                                              "adopted by Chile and Peru in May 2024."))
    assert kinds.get("A Partnership for Shared Prosperity") == "Agreement", kinds
    assert "Partnership for Shared Prosperity" not in kinds


def test_unquoted_leading_article_stays_out(nlp):
    kinds = framework_kinds(extract_text(nlp, "A Partnership for Peace was signed by Chile and Peru in 2020."))
    assert "A Partnership for Peace" not in kinds, kinds
