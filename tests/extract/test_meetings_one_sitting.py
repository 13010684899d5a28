""""X sat down with A and B" is one sitting of the three, whatever side A and B are on; "X met
A and B" stays a meeting with each. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2025, 3, 16)


def test_sat_down_with_two_is_one_meeting_of_three(nlp):
    x = extract_text(nlp, "Earlier on Tuesday, Defence Minister Arvind Rao sat down with Army chief Gen. Luis Mora and "
                     "Vice Adm. Pedro Ruiz, the commander of the Peruvian Navy, on the sidelines of a defence industry forum in Lima.",
                     PUBLISHED)
    assert meeting_pairs(x) == {("Arvind Rao", "Luis Mora", "Pedro Ruiz")}


def test_met_two_stays_two_meetings(nlp):
    x = extract_text(nlp, "Earlier on Tuesday, Defence Minister Arvind Rao met Army chief Gen. Luis Mora and Vice Adm. "
                     "Pedro Ruiz in Lima.", PUBLISHED)
    assert meeting_pairs(x) == {("Arvind Rao", "Luis Mora"), ("Arvind Rao", "Pedro Ruiz")}
