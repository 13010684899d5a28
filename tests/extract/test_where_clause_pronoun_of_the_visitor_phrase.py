""""On March 11, the visiting dignitary will travel to <city>, where he is due to call on B": the
"he" of a where clause hung on a visitor phrase ("the visiting dignitary", "the Kestrian guest") is
the story's visitor, not whoever was named last (a host official of the paragraph before)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name

LEAD = ("The Defence Minister of Norland, Arvid Tammsen, will pay an official visit to Kestria from March 9-11. "
        "Kestrian Defence Minister Lio Varrow will receive the visiting Minister in Dorvik on March 9.\n\n"
        "Defence Secretary Pella Orrin will also hold talks with Mr Tammsen on training.\n\n")


def test_where_clause_he_after_the_visiting_dignitary_is_the_visitor(nlp):
    text = LEAD + ("On March 11, the visiting dignitary will travel to Harlund, where he is due to call on the "
                   "Chairman of Kestria Aerospace, Dr Mato Senn, and visit the company's helicopter division.")
    x = extract_text(nlp, text, date(2026, 3, 8))
    meeting = meetings_by_participants(x)[("Arvid Tammsen", "Mato Senn")]
    assert place_name(x, meeting) == "Harlund" and meeting.date is not None and meeting.date.iso == "2026-03-11"
    assert ("Mato Senn", "Pella Orrin") not in meeting_pairs(x)


def test_where_clause_he_after_the_guest_is_the_visitor(nlp):
    text = LEAD + ("Defence Minister Lio Varrow hosted a dinner on March 10.\n\n"
                   "On March 11, the Norlandic guest travelled to Harlund, where he conferred with the Commander "
                   "of the Kestrian Army, Lieutenant General Kai Mornet.")
    pairs = meeting_pairs(extract_text(nlp, text, date(2026, 3, 12)))
    assert ("Arvid Tammsen", "Kai Mornet") in pairs and ("Kai Mornet", "Lio Varrow") not in pairs


def test_where_clause_he_after_a_named_subject_stays_that_person(nlp):
    # a named subject is who "he" is, visitor or not
    text = LEAD + ("On March 11, Defence Secretary Pella Orrin will travel to Harlund, where he is due to call on the "
                   "Chairman of Kestria Aerospace, Dr Mato Senn.")
    pairs = meeting_pairs(extract_text(nlp, text, date(2026, 3, 8)))
    assert ("Mato Senn", "Pella Orrin") in pairs and ("Arvid Tammsen", "Mato Senn") not in pairs
