"""A code joined by a slash to its amendment is one name; "one of its 12 member states" is a
membership in the body just named (sentences written for these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_a_code_and_its_amendment_joined_by_a_slash(nlp):
    x = extract_text(nlp, "Chile joined the Andean Code of Conduct/Quito Amendment as an observer in 2020.")
    names = framework_kinds(x)
    assert names.get("Andean Code of Conduct/Quito Amendment") == "Agreement"
    assert "Andean Code of Conduct" not in names
    assert ("CHL", "Andean Code of Conduct/Quito Amendment", "observer") in membership_triples(x)


def test_two_bodies_joined_by_a_slash_stay_apart(nlp):
    x = extract_text(nlp, "Chile briefed the Andean Maritime Forum/Pacific Naval Council on the patrols.")
    assert not any("/" in n for n in framework_kinds(x))


def test_one_of_its_counted_member_states(nlp):
    x = extract_text(nlp, "Chile joined the Andean Maritime Forum as an observer in 2020, while Peru is one of its 12 member states.")
    triples = membership_triples(x)
    assert ("PER", "Andean Maritime Forum", "member") in triples
    assert ("CHL", "Andean Maritime Forum", "observer") in triples
