""""Quillota, 10 March 2026 - Indian Defence Minister X on Tuesday addressed officers at the Staff
College in Y. He later met Z": the parse made the dateline's city the lead's subject and hung the
name on it as an apposition; the name is still who the next sentence's "he" means. Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 10)


def test_he_is_the_name_glued_to_the_dateline_city(nlp):
    text = ("Santiago, 10 March 2026 - Indian Defence Minister Arvind Kelkar on Tuesday addressed officers at the "
            "Staff College in Valparaiso. He later met Chilean Defence Minister Tomas Ibarren.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Arvind Kelkar", "Tomas Ibarren") in meetings_by_participants(x)


def test_the_dateline_city_alone_is_no_subject(nlp):
    # must not fire: no person in the lead, so "he" has no antecedent and no meeting is made
    text = ("Santiago, 10 March 2026 - The navy on Tuesday held a parade at the Staff College in Valparaiso. "
            "He later met Chilean Defence Minister Tomas Ibarren.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert not any("Tomas Ibarren" in k and len(k) == 2 for k in meetings_by_participants(x))
