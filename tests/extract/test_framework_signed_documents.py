"""Documents signed on a date: a named one is a framework; a lowercase description ("the framework
agreement both countries signed in July 2022") is not, as the project's gold names only named
frameworks (a rule that named them was tried on 2026-11-24 and gave false positives on two sets
nobody had read). Since then the gold of later sets lists a signed lowercase "<field> cooperation
agreement" ("the military cooperation agreement the two countries signed in X", "signed a defence
cooperation agreement"): those are named (test_signed_cooperation_agreements.py); other lowercase
documents stay unnamed here."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_a_lowercase_document_signed_on_a_date_is_no_framework(nlp):
    cases = {
        "The ministers discussed production in Chile under the framework agreement both countries signed in July 2022, "
        "according to the ministry.": "framework agreement",
        "Defence Minister Ana Soto and her Peruvian counterpart Luis Vera signed the agreement on joint maritime "
        "surveillance on 10 March 2026, after a meeting.": "agreement on joint maritime surveillance",
        "The two ministers discussed the progress of the second executive contract for K9 howitzers, signed in August "
        "last year.": "second executive contract for K9 howitzers",
        "Chile and Peru signed the logistics support pact on Tuesday.": "logistics support pact",
        "Officials cited the second executive contract for the K9 howitzer signed in Lima in August 2025.":
            "second executive contract for the K9 howitzer",
    }
    for text, name in cases.items():
        assert name not in framework_kinds(extract_text(nlp, text)), text


def test_indefinite_bare_undated_or_discussed_agreements_are_not_named(nlp):
    for text in ("Chile and Peru signed an agreement in 2019.",
                 "Chile signed a framework agreement in July 2022 to purchase tanks.",
                 "Chile and Peru signed a security agreement in 2022.",
                 "Chile and Peru signed a new agreement in 2019.",
                 "Chile and Peru discussed a possible defence agreement in 2019.",
                 "Chile's defence agreement with Peru, signed in 2019, expires next year."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_a_description_apposed_to_a_name_is_that_name(nlp):
    x = extract_text(nlp, "The ministers discussed the Lima Accord, the mutual defence treaty the two countries signed "
                          "in Lima in October.")
    assert framework_kinds(x) == {"Lima Accord": "Agreement"}


def test_pair_described_talks_are_a_dialogue(nlp):
    for text, name in (("The two sides agreed to hold the next Chile-Peru defence policy talks in Lima later this year.",
                        "Chile-Peru defence policy talks"),
                       ("The ministers held the Chile-Peru defense ministers' talks in Lima on Tuesday.",
                        "Chile-Peru defense ministers' talks")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Dialogue"}, text


def test_undescribed_or_unpaired_talks_are_no_dialogue(nlp):
    for text in ("The Chile-Peru talks in Lima ended without agreement.",
                 "Chile and Peru held border talks in Lima."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text


def test_a_capitalised_protocol_is_an_agreement(nlp):
    for text, name in (("The two Ministers witnessed the signing of a Protocol on Cooperation in Military Education, under "
                        "which Peruvian officers will be offered slots.", "Protocol on Cooperation in Military Education"),
                       ("Chile and Peru signed the Lima Protocol in 2019.", "Lima Protocol")):
        assert framework_kinds(extract_text(nlp, text)) == {name: "Agreement"}, text


def test_protocol_as_an_office_or_a_custom_is_no_agreement(nlp):
    for text in ("Chile's Chief of Protocol Ana Soto received the delegation.",
                 "The delegation was received by the Director of State Protocol.",
                 "Officials followed the protocol during the visit."):
        assert framework_kinds(extract_text(nlp, text)) == {}, text
