"""A body's acronym defined once in brackets stands for it afterwards (even an acronym from another
language), and an objectless "joined" after "A became a member of F" joins F (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, members_stated


def test_acronym_of_a_named_system_is_no_second_framework(nlp):
    x = extract_text(nlp, "The talks brought together the heads of the Baltic Maritime System (BMS). The BMS, based in Riga, "
                          "comprises Estonia, Latvia and Lithuania. Finland and Sweden are not members of the BMS.")
    assert set(framework_kinds(x)) == {"Baltic Maritime System"}


def test_foreign_acronym_after_a_headed_name_is_its_alias(nlp):
    got = members_stated("The Alliance of Andean States (AEA) was founded in 2021. Peru joined the AEA as an observer in 2022.", nlp)
    assert ("PER", "Alliance of Andean States", "observer") in got


def test_bracketed_letters_used_only_once_name_no_framework(nlp):
    x = extract_text(nlp, "The Andean Trade Alliance (AEA) met in Quito on Monday.")
    assert all(fw.acronym != "AEA" for fw in x.frameworks)


def test_objectless_join_after_becoming_a_member(nlp):
    got = members_stated("Ghana became the fifth member of the Coastal Security Forum in 2020, while Togo joined in 2023.", nlp)
    assert {c for c, fw, r in got if fw == "Coastal Security Forum"} == {"GHA", "TGO"}


def test_join_of_something_else_after_becoming_a_member(nlp):
    got = members_stated("Ghana became a member of the Coastal Security Forum in 2020, while Togo joined the talks in 2023.", nlp)
    assert {c for c, fw, r in got if fw == "Coastal Security Forum"} == {"GHA"}
