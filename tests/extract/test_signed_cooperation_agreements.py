"""A lowercase "<field> cooperation agreement" (or protocol, or "<adjective> partnership agreement")
said to be signed, as the object of "signed", or closed by "signed in <place> / by the two countries"
or "the two countries signed": named as written, as the gold of the tuned sets lists such documents
("military cooperation agreement", "defense cooperation protocol"); not "an agreement", not a bare
"cooperation agreement", not a plural, not one still to be signed, not one only discussed
(invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds

LEAD = "Defence Minister Ana Soto of Chile met her Peruvian counterpart Luis Vera in Lima on Tuesday. "


def test_a_cooperation_agreement_signed_at_the_talks(nlp):
    x = extract_text(nlp, LEAD + "The two ministers signed a naval logistics cooperation agreement under which Chile "
                                 "will provide spare parts.")
    assert framework_kinds(x).get("naval logistics cooperation agreement") == "Agreement", framework_kinds(x)


def test_a_cooperation_agreement_signed_in_a_place_before(nlp):
    for text, name in (
            ("The two countries signed a military cooperation agreement in Arica in May 2019 and have since held "
             "joint drills.", "military cooperation agreement"),
            ("The ministers reviewed the defence cooperation agreement signed by the two countries in Arica on "
             "4 May 2019.", "defence cooperation agreement"),
            ("The ministers reviewed the naval cooperation protocol signed in Arica on 4 May 2019.",
             "naval cooperation protocol"),
            ("Chile, which sent officers to Ecuador under a defence cooperation protocol signed with Quito in "
             "May 2019, will host the next round.", "defence cooperation protocol"),
            ("The committee reviewed the military cooperation agreement the two countries signed in Arica on May 4.",
             "military cooperation agreement"),
            ("The mission operates under the technical and military co-operation agreement signed in Arica in 2019.",
             "technical and military co-operation agreement"),
            ("It builds on a strategic partnership agreement the two governments signed in Arica in October 2019.",
             "strategic partnership agreement")):
        x = extract_text(nlp, LEAD + text)
        assert framework_kinds(x).get(name) == "Agreement", (text, framework_kinds(x))


def test_unnamed_planned_or_plural_cooperation_agreements_are_not_named(nlp):
    for text in ("The two ministers signed an agreement in Lima.",
                 "The two ministers signed a cooperation agreement in Lima.",
                 "The two ministers are expected to sign a naval cooperation agreement in Lima next month.",
                 "The two ministers agreed to sign a naval cooperation agreement next year.",
                 "The two ministers discussed a naval cooperation agreement.",
                 "The two ministers signed several defence cooperation agreements in Lima.",
                 "The two ministers signed a new defence cooperation agreement in Lima.",
                 "The ministers reviewed the defence cooperation agreement signed last year.",
                 "The ministers reviewed the defence cooperation agreement."):
        x = extract_text(nlp, LEAD + text)
        assert not [k for k in framework_kinds(x) if "agreement" in k.lower()], (text, framework_kinds(x))


def test_a_cooperation_agreement_apposed_to_a_name_is_that_name(nlp):
    x = extract_text(nlp, LEAD + "They discussed the Arica Accord, the defence cooperation agreement the two "
                                 "countries signed in Arica in 2019.")
    assert "defence cooperation agreement" not in framework_kinds(x), framework_kinds(x)
