"""A campaign of the services named after its kind words ("the multinational maritime campaign
Orion", "the joint naval campaign Sea Shield", "the annual maritime campaign, Blue Tide,") is an
exercise, as "the bilateral exercise X" is; not a campaign without a service word before it ("its
election campaign"), nor one with no name after it."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_named_campaign_of_the_services_is_an_exercise(nlp):
    cases = {
        "Colombia and Panama take part in the multinational maritime campaign Kestrel, whose 9th edition is due in 2027.": "Kestrel",
        "Ghana and Togo will hold the third edition of the joint naval campaign Sea Shield in June.": "Sea Shield",
        "Ghana and Togo began the annual maritime campaign, Blue Tide, on Monday.": "Blue Tide",
        "Peru and Chile joined the naval campaign Coral Tide in May.": "Coral Tide",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Exercise", (text, framework_kinds(extract_text(nlp, text)))


def test_no_exercise_of_other_campaigns(nlp):
    for text in ("The ruling party of Peru began its election campaign Renewal in Lima.",
                 "Ghana's navy joined the maritime campaign against piracy in the Gulf of Guinea.",
                 "Peru and Chile discussed the air campaign over the border region."):
        assert not framework_kinds(extract_text(nlp, text)), text
