"""An agency credited in brackets after the dateline ("Hanoi, Apr 14 (Prensa Latina) The Minister
..."), its name of two or three words the model may take for a person: it is the story's source, no
one in it; a name in brackets later in the text still names a person."""

from __future__ import annotations

from extract_helpers import extract_text, person_names

LEAD = " Defence Minister Tomas Arvid met General Ines Koval in the capital."


def test_two_word_agency_after_a_month_day_dateline(nlp):
    assert person_names(extract_text(nlp, "Lima, 5 May (Agencia Andina) -" + LEAD)) == ["Ines Koval", "Tomas Arvid"]


def test_agency_before_a_colon(nlp):
    assert person_names(extract_text(nlp, "Quito, March 3 (Prensa Andes):" + LEAD)) == ["Ines Koval", "Tomas Arvid"]


def test_agency_before_the_lead_without_a_mark(nlp):
    x = extract_text(nlp, "Havana, Apr 14 (Prensa Caribe) The Minister of Defence of Cuba, General Ramon Solis, met his counterpart.")
    assert person_names(x) == ["Ramon Solis"]


def test_a_bracketed_name_in_the_text_is_still_a_person(nlp):
    x = extract_text(nlp, "Defence Minister Tomas Arvid met General Ines Koval (Marco Silva) in Lima.")
    assert "Marco Silva" in person_names(x)
