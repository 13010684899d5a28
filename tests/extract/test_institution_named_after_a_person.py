""""will visit the Ruritania Air Force Academy Karel Doubek at Kolin": a name written right after
an institution's noun (Academy, College, Base, Hospital ...) is part of the institution's name,
not a person of the story; a person named after a title or a comma still is."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, person_names

LEAD = "Estonian Defence Minister Karl Vostrik met Latvian Defence Minister Anton Melnik in Riga on Monday. "


def test_a_name_after_an_institution_noun_is_no_person(nlp):
    for place in ("the Latvian Air Force Academy Janis Ozols", "the National Defence College Janis Ozols",
                  "the Military Hospital Janis Ozols"):
        x = extract_text(nlp, LEAD + f"Vostrik will later visit {place} at Adazi.", date(2026, 11, 13))
        assert "Janis Ozols" not in person_names(x), place


def test_a_person_after_the_institution_and_a_title_is_kept(nlp):
    text = LEAD + "Vostrik will later visit the Latvian Air Force Academy, where Commandant Janis Ozols will host him."
    assert "Janis Ozols" in person_names(extract_text(nlp, text, date(2026, 11, 13)))
