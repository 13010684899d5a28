"""A lowercase plan of a body named by its title ("approved the 2027 work plan of the X Steering
Committee") is the body's own business: the body is the framework, not "work plan of the X ..."; a
plan of a lowercase topic stays a document named by its topic."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_the_work_plan_of_a_named_committee_names_the_committee(nlp):
    x = extract_text(nlp, "The ministers approved the 2027 work plan of the Andean Naval Steering Committee, "
                          "which Peru co-chairs with Ecuador.")
    assert framework_kinds(x) == {"Andean Naval Steering Committee": "Forum"}
    assert ("PER", "Andean Naval Steering Committee", "co-chair") in membership_triples(x)


def test_a_plan_of_a_lowercase_topic_is_still_a_document(nlp):
    x = extract_text(nlp, "Peru and Ecuador signed a plan of naval cooperation for 2027 in Lima on Monday.")
    assert any(name.startswith("plan of naval cooperation") for name in framework_kinds(x))
