"""A founding document's title goes on over "of the" and the body it sets up ("Agreement on the
Establishment of the A-B Defence Council"), and that body is a framework of its own too; not
over "of" and a country alone."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_document_setting_up_a_body(nlp):
    x = extract_text(nlp, "The pact builds on the Agreement on the Establishment of the Brazil-Chile Strategic Dialogue Council, "
                          "signed in Santiago in 2017.")
    kinds = framework_kinds(x)
    assert kinds.get("Agreement on the Establishment of the Brazil-Chile Strategic Dialogue Council") == "Agreement"
    assert "Brazil-Chile Strategic Dialogue Council" in kinds
    assert "Agreement on the Establishment" not in kinds


def test_not_over_a_country_alone(nlp):
    x = extract_text(nlp, "The Treaty on the Creation of Peru's Navy was never ratified, the minister said.")
    assert not any("Peru" in name and "Treaty" in name for name in framework_kinds(x))


def test_a_treaty_title_going_on_through_a_participle(nlp):
    x = extract_text(nlp, "The union operates under the Treaty Establishing the Coastal Defence Union signed in Accra on 3 May 2001.")
    assert framework_kinds(x).get("Treaty Establishing the Coastal Defence Union") == "Agreement"


def test_a_participle_without_its_the_object_names_no_document(nlp):
    x = extract_text(nlp, "The Defence Pact Monitoring Board met in Accra on Monday.")
    assert not any("Monitoring" in name for name in framework_kinds(x))
