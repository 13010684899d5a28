""""The visit follows the 4th meeting of the X Joint Working Group, held in Y on February 2. The
meeting was co-chaired by A and B": an occasion told by a participle clause ("..., held in Y on
<day>") in the sentence right before gives the co-chairs' meeting its day and city, as "was held
in Y on <day>" does; not one of a year only (an earlier edition). Invented persons and bodies."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def _meeting(nlp, when: str):
    text = ("Chile's Defence Minister Koro Valdan will visit Peru next week.\n\n"
            "The visit follows the 4th meeting of the Chile-Peru Joint Working Group on Defence Cooperation, held in "
            f"Lima {when}. The meeting was co-chaired by Chile's Joint Secretary Amal Varkey and Peru's Director "
            "General of Defence Policy, Vice Admiral Ivo Marten.\n")
    x = extract_text(nlp, text, PUBLISHED)
    mt = meetings_by_participants(x)[("Amal Varkey", "Ivo Marten")]
    return (mt.date.iso if mt.date else None), place_name(x, mt)


def test_occasion_held_by_a_participle_clause(nlp):
    assert _meeting(nlp, "on February 2, 2026") == ("2026-02-02", "Lima")


def test_occasion_of_a_year_only_gives_nothing(nlp):
    assert _meeting(nlp, "in 2023")[0] is None
