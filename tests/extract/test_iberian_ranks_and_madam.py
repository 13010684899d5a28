""""Almirante X", "Teniente General Y", "General de Brigada Z": Spanish and Portuguese ranks as
Latin American releases write them are no part of the name, nor is the courtesy "Madam" before a
woman's name ("Madam Tran Thi Hoa"). Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names, posts_held

PUBLISHED = date(2026, 3, 12)


def test_spanish_and_portuguese_ranks_are_not_part_of_the_name(nlp):
    x = extract_text(nlp, "Teniente General Rodrigo Alvarado Menza, Commander of the Colombian Army, received General de "
                          "Brigada Pablo Sandoval Iturbe, Mexico's Defence Attaché, and Contralmirante Diego Fuenzalida "
                          "Roca of Chile in Bogotá on Tuesday. Alvarado Menza said the armies would share training.\n",
                     PUBLISHED)
    names = person_names(x)
    assert {"Rodrigo Alvarado Menza", "Pablo Sandoval Iturbe", "Diego Fuenzalida Roca"} <= set(names)
    assert "General" not in {a for p in x.persons for a in p.aliases}
    assert posts_held(x)["Rodrigo Alvarado Menza"] == [("Army Commander", "COL", None)]


def test_vice_almirante_before_a_double_surname(nlp):
    names = person_names(extract_text(nlp, "Vice Almirante Carlos Eduardo Moretti Lima, Chief of Naval Operations of "
                                           "Brazil, met Almirante Juan Carlos Peral de la Fuente, Chief of the Naval Staff "
                                           "of Chile, in Rio de Janeiro on Wednesday.\n", PUBLISHED))
    assert {"Carlos Eduardo Moretti Lima", "Juan Carlos Peral de la Fuente"} <= set(names)


def test_madam_is_not_part_of_the_name(nlp):
    x = extract_text(nlp, "Madam Nguyen Thi Hoan, Vice Minister of National Defence of Vietnam, met US Deputy Assistant "
                          "Secretary of Defense Ms Karen Holbeck in Hanoi on Monday. Madam Hoan said the talks went well.\n",
                     PUBLISHED)
    assert {"Nguyen Thi Hoan", "Karen Holbeck"} <= set(person_names(x))


def test_a_bare_general_before_a_particle_surname_stays(nlp):
    # must not fire: "General de X" is no rank of its own ("General de Brigada" is)
    names = person_names(extract_text(nlp, "French Army chief General Pierre de Villemont met Belgian Defence Minister "
                                           "Luc Vandersmissen in Paris on Monday.\n", PUBLISHED))
    assert "Pierre de Villemont" in names
