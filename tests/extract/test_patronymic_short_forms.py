"""Short forms of Malay and Arabic names: a courtesy title before the person's own name, which is the
word before "bin" ("Pehin Rahman" for "Yusri Rahman bin Osman"), never the father's name after it."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_courtesy_title_with_the_name_before_bin_is_the_same_person(nlp):
    x = extract_text(nlp, "Kelantia's Minister of Culture Yusri Rahman bin Osman met the visiting delegation on Monday. "
                          "Pehin Rahman said the talks were useful.")
    assert person_names(x) == ["Yusri Rahman bin Osman"]
    person = x.persons[0]
    assert "Pehin Rahman" in person.aliases


def test_courtesy_title_with_a_middle_name_is_not_the_person(nlp):
    # only the first word and the word before "bin" are a person's own name
    x = extract_text(nlp, "Kelantia's Minister of Culture Yusri Rahman Hamid bin Osman met the visiting delegation on Monday. "
                          "Pehin Rahman said the talks were useful.")
    person = next(p for p in x.persons if p.name == "Yusri Rahman Hamid bin Osman")
    assert "Pehin Rahman" not in person.aliases
