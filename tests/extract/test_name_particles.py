"""Names with lower-case particles ("dos", "de", "von der") whose last word the ruler or the model
took for a place, on sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def _persons(nlp, text: str) -> list[str]:
    return [e.text for e in nlp(text).ents if e.label_ == "PERSON"]


def test_a_surname_that_is_also_a_city_stays_in_the_name_after_a_title(nlp):
    held = holdings(extract_text(nlp, "Brazilian Defence Minister Carla Nunes received a delegation led by Angolan "
                                      "Defence Minister Pedro Ernesto dos Santos in Brasilia."))
    assert ("Pedro Ernesto dos Santos", "Defence Minister", "AGO") in held


def test_a_surname_that_is_also_a_city_stays_in_the_name_without_a_title(nlp):
    assert _persons(nlp, "Pedro Ernesto dos Santos, the Angolan defence minister, arrived on Monday.") == ["Pedro Ernesto dos Santos"]


def test_two_parts_of_a_name_joined_by_a_particle_are_one_name(nlp):
    assert _persons(nlp, "Carlos Alberto dos Santos Cruz met him.") == ["Carlos Alberto dos Santos Cruz"]


def test_a_name_does_not_end_in_a_particle(nlp):
    assert _persons(nlp, "Ursula von der Leyen met Mark Rutte.") == ["Ursula von der Leyen", "Mark Rutte"]


def test_a_city_after_in_is_still_a_place(nlp):
    x = extract_text(nlp, "Defence Minister Paulo Mendes met his Brazilian counterpart Ana Lima in Santos on Monday.")
    assert "Paulo Mendes" in person_names(x)
    assert not any("Santos" in name for name in person_names(x))


def test_portuguese_e_joins_two_surnames_after_a_title(nlp):
    x = extract_text(nlp, "The visiting ministers were received by Prime Minister Joaquim Ferreira e Costa "
                          "at the Government Palace in Bissau on Friday.")
    assert "Joaquim Ferreira e Costa" in person_names(x)


def test_e_between_two_persons_is_no_particle(nlp):
    assert "Joaquim Ferreira e Costa" not in person_names(extract_text(nlp, "Prime Minister Joaquim Ferreira met Ana Costa in Bissau."))


def test_two_lower_case_particles_in_a_row_stay_in_the_name(nlp):
    held = holdings(extract_text(nlp, "Spanish Defence Minister Elena Ruiz de los Rios met Chilean Defence Minister "
                                      "Tomas Vidal in Madrid on Monday."))
    assert ("Elena Ruiz de los Rios", "Defence Minister", "ESP") in held


def test_de_la_before_a_name_after_an_apposed_title(nlp):
    x = extract_text(nlp, "Marc de la Roche, the Belgian Defence Minister, met Dutch Defence Minister Ruud Smit in Brussels.")
    assert "Marc de la Roche" in person_names(x)


def test_la_outside_a_name_joins_nothing(nlp):
    x = extract_text(nlp, "Defence Minister Ana Costa said the talks in Bogota were held a la Colombian way.")
    assert person_names(x) == ["Ana Costa"]
