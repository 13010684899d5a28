""""co-chaired by Deputy Secretary (Policy) Mr A and <country>'s Director-General B": a post's
bracketed remit right before its holder's name must not end the sentence nor cut the name off the
post (the parser reads the name after ")" as a new sentence or a subject of its own), so the
co-chairs still met; a bracket that is no post's remit changes nothing. Invented persons and bodies."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2026, 3, 12)


def _meetings(nlp, text):
    x = extract_text(nlp, text, PUBLISHED)
    return {k: ((mt.date.iso if mt.date else None), place_name(x, mt)) for k, mt in meetings_by_participants(x).items()}


def test_remit_in_a_participial_clause(nlp):
    text = ("The 3rd Chile-Peru Defence Policy Dialogue, co-chaired by Deputy Secretary (Policy) Mr Amal Varkey and "
            "Peruvian Director-General for Defence Policy Mr Ivo Marten, was held in Lima on 22 September 2025.\n")
    assert _meetings(nlp, text) == {("Amal Varkey", "Ivo Marten"): ("2025-09-22", "Lima")}


def test_remit_after_co_chaired_by(nlp):
    text = ("The 4th meeting of the Chile-Peru Joint Working Group was held in Lima on 22 February 2026. The meeting was "
            "co-chaired by Joint Secretary (International Cooperation) Mr Amal Varkey and Peru's Director General of "
            "Defence Policy, Vice Admiral Ivo Marten.\n")
    assert _meetings(nlp, text) == {("Amal Varkey", "Ivo Marten"): ("2026-02-22", "Lima")}


def test_a_bracket_of_no_post_changes_nothing(nlp):
    text = ("Chile's Defence Minister Amal Varkey met Peru's Defence Minister Ivo Marten in Lima on 22 February 2026 "
            "(local time). Mr Marten later toured a shipyard.\n")
    assert _meetings(nlp, text) == {("Amal Varkey", "Ivo Marten"): ("2026-02-22", "Lima")}
