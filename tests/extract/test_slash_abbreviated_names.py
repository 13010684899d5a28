"""A name part abbreviated with a slash, as Ethiopian and Eritrean usage writes it ("G/Kidan" for
Gebrekidan, "W/Selassie" for Woldeselassie): one word of the name, not its end; across articles the
abbreviated and the full spelling are one person when one office backs them. Names invented."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, person_names

from diplokg.resolve import slash_abbreviation_variant

PUBLISHED = date(2026, 3, 12)


def test_a_slash_abbreviated_surname_stays_in_the_name(nlp):
    x = extract_text(nlp, "Minister of Defense Alemu G/Kidan met the Chilean Defence Minister Ana Koral in Addis Ababa on Monday.",
                     PUBLISHED)
    assert person_names(x) == ["Alemu G/Kidan", "Ana Koral"]
    assert ("Alemu G/Kidan", "Ana Koral") in meeting_pairs(x)


def test_and_or_between_lower_case_words_is_no_name(nlp):
    x = extract_text(nlp, "The talks covered exports and/or imports of equipment, Defence Minister Ana Koral said on Monday.",
                     PUBLISHED)
    assert person_names(x) == ["Ana Koral"]


def test_the_abbreviation_matches_the_full_name_it_stands_for():
    assert slash_abbreviation_variant("alemu g kidan", "alemu gebrekidan")
    assert slash_abbreviation_variant("alemu w selassie", "alemu woldeselassie")
    assert not slash_abbreviation_variant("alemu g kidan", "alemu haile kidan")  # not its first letter
    assert not slash_abbreviation_variant("alemu g kidan", "alemu gebremedhin")  # not its end
    assert not slash_abbreviation_variant("alemu g kidan", "alemu gkidan")  # nothing left out
