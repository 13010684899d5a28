"""Post words the lexicon lacks, or learns, before a name are no part of the name, on sentences
written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, person_names


def test_a_post_word_the_model_took_into_the_name_is_left_out(nlp):
    # the model reads "Councillor Lin Qiao" as the name: "Councillor" names no one
    x = extract_text(nlp, "Deputy Councillor Lin Qiao met Kazakh Defence Minister Arman Seitov in Beijing on Friday.")
    assert "Lin Qiao" in person_names(x)
    assert not any(name.startswith("Councillor") for name in person_names(x))


def test_a_councillor_of_a_state_is_a_post(nlp):
    x = extract_text(nlp, "Swiss Federal Councillor Beat Aebischer met Austrian Defence Minister Lena Gruber in Vienna on Monday.")
    assert ("Beat Aebischer", "Federal Councillor", "CHE") in holdings(x)


def test_a_two_word_name_after_a_post_word_keeps_both_words(nlp):
    # one name word would be left: the span is a name of two words, kept whole
    x = extract_text(nlp, "Senator Mariela Fuentes met Chilean Defence Minister Tomas Rojas in Santiago on Monday.")
    assert "Mariela Fuentes" in person_names(x)
