"""A word inside a full name ("Nguema" of "Rufino Nguema Esono": the first of a Spanish or
Portuguese name's two surnames) links to every person whose name has it, when no name ends or
starts with it; a surname that ends a name still wins alone, and initials never link. Invented names."""

from __future__ import annotations

from diplokg.linking import Entity, Linker

P = "https://w3id.org/diplokg/id/person/"


def _linker(*names: str) -> Linker:
    entities = {}
    for name in names:
        iri = P + name.lower().replace(" ", "-")
        entities[iri] = Entity(iri=iri, label=name, kinds={"Person"}, names={name: "label"})
    return Linker(entities)


def test_middle_word_of_two_names_is_ambiguous():
    link = _linker("Tomas Orvane Brenik", "Lucio Orvane Dastre", "Harun Kelvari").link("Orvane", "person")
    assert sorted(e.label for e in link.entities) == ["Lucio Orvane Dastre", "Tomas Orvane Brenik"]


def test_middle_word_of_one_name():
    link = _linker("Maria Velasco Ruan", "Harun Kelvari").link("Velasco", "person")
    assert [e.label for e in link.entities] == ["Maria Velasco Ruan"]
    assert link.how == "part"


def test_a_surname_ending_a_name_wins_alone():
    link = _linker("Pedro Alves Sorin", "Alves Kelvari").link("Alves", "person")
    assert [e.label for e in link.entities] == ["Alves Kelvari"]


def test_no_such_word_is_no_middle_link():
    link = _linker("Tomas Orvane Brenik").link("Orvana", "person")
    assert link.how == "fuzzy"


def test_a_particle_inside_a_name_is_no_middle_word():
    link = _linker("Ana del Rio Vela", "Faris bin Nasser Kuwari").link("bin", "person")
    assert link.how != "part" or not link.entities
    assert _linker("Ana del Rio Vela").link("del", "person").how != "part"
