"""A grouping named by how many it has, with an acronym whose digit spells the number ("the Arctic
Rim Five (AR5)"), described as a group gathering its members ("a group of X partners comprising A,
B ..."), on invented sentences."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples

LISTED = ("Norway and Iceland are also part of the so-called Arctic-Atlantic Five (AA5), a group of EU partners "
          "comprising Norway, Iceland, Canada, Denmark and Finland, whose leaders meet every year.")


def test_digit_of_acronym_spells_the_number_word(nlp):
    x = extract_text(nlp, LISTED)
    assert framework_kinds(x).get("Arctic-Atlantic Five") == "Forum"


def test_members_listed_after_a_gathering_verb(nlp):
    got = membership_triples(extract_text(nlp, LISTED))
    assert {(iso, "Arctic-Atlantic Five", "member") for iso in ("NOR", "ISL", "CAN", "DNK", "FIN")} <= got


def test_numbered_name_with_no_members_is_no_grouping(nlp):
    x = extract_text(nlp, "Norway hosted the Arctic-Atlantic Five (AA5) sailing race off Bergen.")
    assert "Arctic-Atlantic Five" not in framework_kinds(x)


def test_a_verb_that_does_not_gather_ends_the_description(nlp):
    text = ("Norway and Iceland are part of the Arctic-Atlantic Five (AA5), a group of EU partners criticising "
            "Canada, Denmark and Finland.")
    got = membership_triples(extract_text(nlp, text))
    assert not any(iso in ("CAN", "DNK", "FIN") for iso, _, _ in got)
