"""Regional bodies the gazetteer knows (lexicon/frameworks.txt) are frameworks by their full name,
whose "of the <Sea>" or "<Region>" words would otherwise stop the name rules."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, framework_kinds, membership_triples


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Latvia is a member of the Council of the Baltic Sea States.", "CBSS", "Organisation"),
        ("Georgia is a member of the Organization of the Black Sea Economic Cooperation.", "BSEC", "Organisation"),
        ("The navies take part in the annual Rim of the Pacific exercise off Hawaii.", "RIMPAC", "Exercise"),
        ("Uzbekistan is a member of the Organization of Turkic States.", "Organization of Turkic States", "Organisation"),
        ("Bahrain is a member of the Cooperation Council for the Arab States of the Gulf.", "GCC", "Organisation"),
    ],
)
def test_known_regional_body_is_found_by_its_full_name(nlp, text, name, kind):
    assert framework_kinds(extract_text(nlp, text)).get(name) == kind


def test_member_of_a_known_body_named_in_full(nlp):
    x = extract_text(nlp, "Latvia and Lithuania are members of the Council of the Baltic Sea States.")
    assert membership_triples(x) == {("LVA", "CBSS", "member"), ("LTU", "CBSS", "member")}


@pytest.mark.parametrize(
    "text",
    [
        "Sweden and Denmark are members of the Council of Baltic Sea States.",
        "Georgia and Armenia are members of the Black Sea Economic Cooperation.",
        "Jamaica and Barbados are members of Caricom.",
    ],
)
def test_other_spellings_of_a_known_body_are_that_body(nlp, text):
    kinds = framework_kinds(extract_text(nlp, text))
    assert len(kinds) == 1 and next(iter(kinds)) in ("CBSS", "BSEC", "CARICOM")


def test_a_rim_of_the_pacific_that_is_no_exercise_is_no_framework(nlp):
    text = "Countries of the Pacific Rim and the Rim of the Pacific states met in Honolulu."
    assert "RIMPAC" not in framework_kinds(extract_text(nlp, text))


def test_official_name_of_a_known_body_is_not_cut_before_of_the_gulf(nlp):
    fws = framework_kinds(extract_text(nlp, "Kuwait chairs the Cooperation Council for the Arab States of the Gulf this year."))
    assert "Cooperation Council for the Arab States" not in fws and fws.get("GCC") == "Organisation"


@pytest.mark.parametrize(
    "text",
    [
        "Norway, which joined the Commonwealth in 2022 alongside Chile, offered to host the talks.",
        "Norway and Chile are both members of the Commonwealth of Nations.",
    ],
)
def test_the_commonwealth_by_its_short_or_full_name(nlp, text):
    assert membership_triples(extract_text(nlp, text)) == {("NOR", "Commonwealth", "member"), ("CHL", "Commonwealth", "member")}


@pytest.mark.parametrize(
    "text",
    [
        "Uzbekistan and Tajikistan are members of the Commonwealth of Independent States.",
        "The Foreign and Commonwealth Office said the British minister met Kenyan officials.",
        "The minister met athletes before the Commonwealth Games in Glasgow.",
    ],
)
def test_other_commonwealth_names_are_not_the_commonwealth(nlp, text):
    assert "Commonwealth" not in framework_kinds(extract_text(nlp, text))


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Malaysia's defense minister will attend the ASEAN Defense Ministers' Meeting in Manila next month.", "ADMM"),
        ("Norway hosted the annual Nordic Defense Cooperation meeting in Oslo.", "NORDEFCO"),
    ],
)
def test_known_body_in_american_spelling_is_found(nlp, text, name):
    assert name in framework_kinds(extract_text(nlp, text))


def test_american_spelling_of_an_unknown_name_is_not_a_known_body(nlp):
    kinds = framework_kinds(extract_text(nlp, "Malaysia hosted the Defense Ministers' Meeting of the Andes in Kuala Lumpur."))
    assert "ADMM" not in kinds, kinds
