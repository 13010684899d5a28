"""A hyphened surname written alone is the short form of the person named with it, even where the
model reads the three tokens as an organisation; one with an Arabic article ("al-Haftar") is named again without it."""

from __future__ import annotations

from datetime import date

from diplokg.mentions import _without_article
from extract_helpers import article_mentions, extract_text, meeting_pairs, person_names

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
    m = article_mentions(nlp, text, PUBLISHED)
    owusu = [t.i for t in m.tokens if t.text == "Owusu"]
    assert len(owusu) == 2 and owusu[0] in m.person_at and owusu[1] not in m.person_at  # "Owusu-Ansah" is another name


def _named_at(m, word: str) -> list[bool]:
    """For each token ``word`` of the article: is it a mention of a person?"""
    return [t.i in m.person_at for t in m.tokens if t.text == word]


def test_known_surname_before_led_is_its_short_form(nlp):
    text = (
        "Ghana's Defence Minister Kwame Owusu met his Ivorian counterpart Yao Kouassi in Accra on Tuesday.\n\n"
        "Owusu-led officials later briefed the press on the talks.\n"
    )
    m = article_mentions(nlp, text, PUBLISHED)
    assert _named_at(m, "Owusu") == [True, True]


def test_known_surnames_joined_by_a_hyphen_are_both_short_forms(nlp):
    text = (
        "Ghana's Defence Minister Kwame Owusu met his Ivorian counterpart Yao Kouassi in Accra on Tuesday.\n\n"
        "The Owusu-Kouassi talks focused on border security.\n"
    )
    m = article_mentions(nlp, text, PUBLISHED)
    assert _named_at(m, "Owusu") == [True, True]
    assert _named_at(m, "Kouassi") == [True, True]


def test_a_surname_with_an_arabic_article_is_named_again_without_it(nlp):
    text = (
        "CAIRO, May 8, 2026 - Egypt's defence minister, General Karim Fathy Naguib, hosted his Libyan counterpart "
        "for talks in Cairo on Friday.\n\n"
        "Libya's army chief, General Khalifa al-Haftar, exchanged views by phone with Algeria's army chief, "
        "General Rachid Benali, on Thursday.\n\n"
        "Naguib is due to travel to Benghazi next month for talks with Haftar, a Libyan military source told Reuters.\n"
    )
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Karim Fathy Naguib", "Khalifa al-Haftar") in meeting_pairs(x)


def test_only_an_arabic_article_is_dropped_from_a_surname():
    assert _without_article("al-Haftar") == "Haftar" and _without_article("el-Sisi") == "Sisi"
    # not another particle, nor a capitalised "Al-" that stays part of the name written again
    assert _without_article("de-Sanogo") is None and _without_article("Al-Mutairi") is None
    assert _without_article("Owusu-Ansah") is None
