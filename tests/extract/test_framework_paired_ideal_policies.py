"""Two ideals joined by "and" before a state's foreign (defence, security) policy name its doctrine
("the country's independent and peaceful foreign policy"); not a policy without its owner, nor "its
own defence policy"); so do ideal nouns listed after "policy of" ("the country's foreign policy of peace,
independence, friendship and cooperation")."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_owners_paired_ideals_policy(nlp):
    x = extract_text(nlp, "Lopez said Chile's engagement with its neighbours was guided by the country's independent and "
                          "peaceful foreign policy and by its Antarctic programme.")
    assert framework_kinds(x).get("independent and peaceful foreign policy") == "Policy"


def test_unowned_or_plain_policy_is_no_doctrine(nlp):
    for text in ("Peru pursues an independent and peaceful foreign policy, Lopez said.",
                 "Lopez said Chile's own defence policy stresses the Antarctic."):
        assert "Policy" not in framework_kinds(extract_text(nlp, text)).values(), text


def test_paired_descriptions_of_a_policy_are_no_doctrine(nlp):
    # two adjectives that describe a state's policy, not ideals it names its doctrine by
    text = "Lopez said the talks had been overshadowed by Ruritania's aggressive and expansionist foreign policy."
    assert "Policy" not in framework_kinds(extract_text(nlp, text)).values()


def test_listed_ideals_policy(nlp):
    # three or more ideals, joined by commas and a final "and" (with or without the serial comma),
    # "non-aligned" hyphenated or not, name the doctrine as well as two do
    cases = {
        "Ruvalia, in keeping with its independent, active and non-aligned foreign policy, will not take sides, "
        "Minister Tarbo Kessel said.": "independent, active and non-aligned foreign policy",
        "Kessel stressed that Ostravia's neutral, peaceful, and nonaligned defence policy rules out foreign bases.":
            "neutral, peaceful, and nonaligned defence policy",
        "The cooperation will be conducted under the country's balanced, pragmatic and omnidirectional foreign policy, "
        "the Ruvalian ministry said.": "balanced, pragmatic and omnidirectional foreign policy",
        "Ostravia remains committed to its free, active and non-aligned security policy, the defence ministry "
        "announced on Tuesday.": "free, active and non-aligned security policy",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Policy", text


def test_listed_descriptions_or_bare_policy_are_no_doctrine(nlp):
    for text in ("Ruvalia, in keeping with its foreign policy, will not take sides, Kessel said.",
                 "Kessel said Ostravia's foreign policy had not changed.",
                 "Kessel criticised Ostravia's aggressive, erratic and expansionist foreign policy.",
                 "Ruvalia pursues an independent, active and non-aligned foreign policy, Kessel said."):
        assert "Policy" not in framework_kinds(extract_text(nlp, text)).values(), text


def test_ideal_nouns_after_a_policy_name_the_doctrine(nlp):
    cases = {
        "Kessel said the deal was consistent with the country's foreign policy of peace, independence, friendship and "
        "cooperation, which Ostravia has pursued since 1991.": "foreign policy of peace, independence, friendship and cooperation",
        "Chile's foreign policy of peace and friendship guides its ties with Peru, Lopez said.": "foreign policy of peace and friendship",
        "Ruvalia keeps to its defence policy of neutrality, self-reliance, and openness, Kessel said.":
            "defence policy of neutrality, self-reliance, and openness",
    }
    for text, name in cases.items():
        assert framework_kinds(extract_text(nlp, text)).get(name) == "Policy", text


def test_one_ideal_or_other_nouns_after_a_policy_are_no_doctrine(nlp):
    for text in ("Kessel said its foreign policy of peace will not change.",
                 "Critics say Chile's foreign policy of peace and war is incoherent.",
                 "Peru pursues a foreign policy of peace and friendship, Lopez said."):
        assert "Policy" not in framework_kinds(extract_text(nlp, text)).values(), text
