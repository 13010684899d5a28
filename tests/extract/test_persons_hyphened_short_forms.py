"""A hyphened surname written alone is the short form of the person named with it, even where the
model reads the three tokens as an organisation."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, person_names

PUBLISHED = date(2026, 5, 8)


def test_hyphened_surname_at_a_sentence_start_is_the_person(nlp):
    text = (
        "Ghana's Defence Minister Kwame Owusu-Ansah met his Ivorian counterpart Yao Kouassi in Accra on Tuesday.\n\n"
        "Owusu-Ansah later paid a courtesy call on Faure Gnassingbe, the President of the Council of Ministers "
        "of Togo, who has held power in the country since 2005.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert person_names(x) == ["Faure Gnassingbe", "Kwame Owusu-Ansah", "Yao Kouassi"]
    assert ("Faure Gnassingbe", "Kwame Owusu-Ansah") in meeting_pairs(x)


def test_first_part_of_a_hyphened_word_is_no_short_form(nlp):
    text = (
        "Ghana's Defence Minister Kwame Owusu met his Ivorian counterpart Yao Kouassi in Accra on Tuesday.\n\n"
        "Owusu-Ansah Holdings later paid for a courtesy dinner with Faure Gnassingbe, the President of the "
        "Council of Ministers of Togo.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Kwame Owusu", "Yao Kouassi")}
