""""X received his counterpart Y, who is on an official visit to Z": Y, not the subject X, is the
visitor that "the visiting minister" means later."""

from __future__ import annotations

from extract_helpers import extract_text, meeting_pairs

HOST = ("RABAT, March 12, 2025 (MAP) – Moroccan Defence Minister Abdellatif Loudiyi received on Wednesday his "
        "Senegalese counterpart Birame Diop, who is on an official visit to Morocco that runs until March 14.\n\n")
LATER = ("General Mohammed Berrid, Inspector General of the Royal Armed Forces, had conferred with the visiting "
         "minister in Rabat yesterday on joint training programmes.")


def test_the_visiting_minister_is_the_object_whose_visit_a_relative_clause_tells(nlp):
    pairs = meeting_pairs(extract_text(nlp, HOST + LATER))
    assert ("Birame Diop", "Mohammed Berrid") in pairs
    assert ("Abdellatif Loudiyi", "Mohammed Berrid") not in pairs


def test_a_subject_on_a_visit_stays_the_visitor(nlp):
    text = ("RABAT, March 12, 2025 (MAP) – Senegalese Defence Minister Birame Diop, who is on an official visit to "
            "Morocco, met Moroccan Defence Minister Abdellatif Loudiyi on Wednesday.\n\n" + LATER)
    pairs = meeting_pairs(extract_text(nlp, text))
    assert ("Birame Diop", "Mohammed Berrid") in pairs
