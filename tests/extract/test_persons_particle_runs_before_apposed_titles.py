"""A name with a run of particles ("van der", "de la") set off before its title by a comma ("X van der
Y, Chief of Z"): the particles and the given names before them are the name's, not a second person."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_two_particles_before_a_surname_stay_in_the_name(nlp):
    x = extract_text(nlp, "Austrian Defence Minister Lena Gruber met Pieter van der Molen, Chief of Defence of the "
                          "Netherlands, in Vienna on Monday.")
    assert "Pieter van der Molen" in person_names(x)
    assert ("Pieter van der Molen", "Chief of Defence", "NLD") in holdings(x)


def test_one_particle_still_joins(nlp):
    x = extract_text(nlp, "Austrian Defence Minister Lena Gruber met Karim bin Rashid, Chief of Staff of the Omani "
                          "Armed Forces, in Vienna on Monday.")
    assert "Karim bin Rashid" in person_names(x)


def test_a_particle_opening_the_phrase_is_no_given_name(nlp):
    x = extract_text(nlp, "Austrian Defence Minister Lena Gruber met de Molen, Chief of Defence of the Netherlands, "
                          "in Vienna on Monday.")
    assert not any(name.startswith("de ") for name in person_names(x))
