""""the Andean Mountain Warfare Centre of Excellence": a capitalised "<words> Centre (Center) of
Excellence" is a body (an Organisation), as the centres states set up and staff together are; not a
research centre ("Centre for ..."), nor a lowercase "centre of excellence" (invented names and sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_named_centre_of_excellence_is_a_body(nlp):
    for text, name in (
            ("Chile hosts the Andean Mountain Warfare Centre of Excellence in Santiago.", "Andean Mountain Warfare Centre of Excellence"),
            ("Officers from Peru will train at the Pacific Maritime Security Center of Excellence, which opened in 2019.",
             "Pacific Maritime Security Center of Excellence"),
            ("The Southern Cone Demining Centre of Excellence was set up by Chile and Argentina in 2015.",
             "Southern Cone Demining Centre of Excellence")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Organisation", (text, kinds)


def test_a_research_centre_or_a_lowercase_one_is_no_body(nlp):
    for text in ("The minister visited the Andean Centre for Strategic Studies in Lima on Monday.",
                 "Chile wants the academy to become a centre of excellence for mountain warfare."):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not kinds, (text, kinds)
