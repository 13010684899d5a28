""""Kolonel X", "Laksamana Madya Y", "Marsekal Z": Indonesian ranks written as Indonesian media write
them are no part of the name; "Major General Khalmukhamedov": the last word of a rank of two words
is never a one-word name's given name (as "Gen" alone may be: "Defence Minister Gen X"). Articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

PUBLISHED = date(2026, 3, 12)


def test_indonesian_ranks_are_not_part_of_the_name(nlp):
    names = person_names(extract_text(nlp, "Indonesian Navy Chief of Staff Laksamana Budi Santarno met Kolonel Agus "
                                           "Wiranto and Marsekal Madya Hadi Prasetyono in Jakarta on Monday.\n", PUBLISHED))
    assert {"Budi Santarno", "Agus Wiranto", "Hadi Prasetyono"} <= set(names)
    assert not any(n.split()[0] in ("Laksamana", "Kolonel", "Marsekal", "Madya") for n in names)


def test_a_two_word_rank_before_a_one_word_name(nlp):
    names = person_names(extract_text(nlp, "Kazakh Defence Minister Ruslan Zhaksybek met Uzbekistan's First Deputy Minister "
                                           "of Defence Major General Kholmatov in Tashkent on Monday.\n", PUBLISHED))
    assert "Kholmatov" in names
    assert "General Kholmatov" not in names


def test_a_one_word_rank_before_a_one_word_name_stays_a_given_name(nlp):
    # must not fire: "Gen" alone before one word may be the given name
    names = person_names(extract_text(nlp, "Japanese Defence Minister Gen Nakatomo met Uzbekistan's Deputy Minister of "
                                           "Defence Rustam Kholmatov in Tashkent on Monday.\n", PUBLISHED))
    assert "Gen Nakatomo" in names
