"""A multinational corps, command or force led by its "framework nations": the name after "the framework
nations of" is a body (a one-word "Alpcorps" too); the framework nations are its members, listed before
"are the framework nations of X / of the multinational corps" or after "The framework nations of X are";
"D became the fifth framework nation" is a member of the body named just before; "the multinational
corps" stands for the body whose name ends in "corps". Not "to become a framework nation" (weighed),
not a country or region after "framework nations of"."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_one_word_corps_after_framework_nations_of_and_its_members(nlp):
    text = ("The army chiefs of the four framework nations of Alpcorps met in Vienna on Tuesday. "
            "Austria, Hungary, Slovenia and Croatia are the framework nations of the multinational corps, "
            "whose headquarters is in Graz. Slovakia became the fifth framework nation in 2021.")
    x = extract_text(nlp, text)
    assert framework_kinds(x).get("Alpcorps") == "Organisation"
    assert {(iso, "Alpcorps", "member") for iso in ("AUT", "HUN", "SVN", "HRV", "SVK")} <= membership_triples(x)


def test_framework_nations_of_a_command_listed_after(nlp):
    text = "The framework nations of the Nordic Littoral Command are Norway, Denmark and Estonia, the ministry said on Monday."
    x = extract_text(nlp, text)
    assert "Nordic Littoral Command" in framework_kinds(x)
    assert {(iso, "Nordic Littoral Command", "member") for iso in ("NOR", "DNK", "EST")} <= membership_triples(x)


def test_countries_are_the_framework_nations_of_a_group(nlp):
    text = "Portugal, Greece and Malta are the framework nations of the Southern Maritime Group, the ministry said on Monday."
    x = extract_text(nlp, text)
    assert {(iso, "Southern Maritime Group", "member") for iso in ("PRT", "GRC", "MLT")} <= membership_triples(x)


def test_weighing_whether_to_become_a_framework_nation_is_no_member(nlp):
    text = ("Austria, Hungary and Slovenia are the framework nations of Alpcorps, whose headquarters is in Graz. "
            "Romania is weighing whether to become a framework nation.")
    x = extract_text(nlp, text)
    assert {(iso, "Alpcorps", "member") for iso in ("AUT", "HUN", "SVN")} <= membership_triples(x)
    assert not any(iso == "ROU" for iso, _, _ in membership_triples(x))


def test_a_region_after_framework_nations_of_is_no_body(nlp):
    text = "Officials said the framework nations of Europe would meet in Brussels on Monday to discuss air defence."
    x = extract_text(nlp, text)
    assert "Europe" not in framework_kinds(x)
    assert not x.memberships
