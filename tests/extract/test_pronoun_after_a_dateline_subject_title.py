""""Seoul, May 3: Mongolian Minister of Defence X arrived in Seoul. He will meet Y": the parse may make
the dateline's city the lead's subject and hang the title written with the name on it as an
apposition; that title's holder is still the sentence's subject, whom "he" stands for next
(invented sentences)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 5, 4)


@pytest.mark.parametrize("lead, follow_up", [
    ("Riga, May 4: Estonian Minister of Defence Toomas Kallaste arrived in Riga.",
     "He will meet Latvian Defence Minister Ilze Ozolina on Tuesday."),
    ("Lima, May 4: Chilean Minister of National Defence Rodrigo Araya landed in Lima on Sunday.",
     "He is expected to hold talks with Peruvian Defence Minister Walter Quispe."),
    ("Accra, May 4: Togolese Minister of the Armed Forces Koffi Agbeyome arrived in Accra for a two-day visit.",
     "He met Ghanaian Defence Minister Kojo Mensah at the Burma Camp on Monday."),
])
def test_he_is_the_titled_name_a_dateline_subject_took_as_apposition(nlp, lead, follow_up):
    x = extract_text(nlp, lead + " " + follow_up, PUBLISHED)
    (pair,) = meeting_pairs(x)
    assert pair[0] in lead or pair[1] in lead


def test_without_a_dateline_the_lead_subject_still_goes_on(nlp):
    x = extract_text(nlp, "Estonian Minister of Defence Toomas Kallaste arrived in Riga. "
                          "He will meet Latvian Defence Minister Ilze Ozolina on Tuesday.", PUBLISHED)
    assert meeting_pairs(x) == {("Ilze Ozolina", "Toomas Kallaste")}


def test_a_dateline_with_no_title_gives_no_he(nlp):
    # must not fire: the dateline's city has no titled name after it; "he" has no one to stand for
    x = extract_text(nlp, "Riga, May 4: Officials arrived in Riga on Sunday. "
                          "He will meet Latvian Defence Minister Ilze Ozolina on Tuesday.", PUBLISHED)
    assert x.meetings == []
