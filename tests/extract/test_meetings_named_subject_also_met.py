""""A called on B in Port Louis on Tuesday. Admiral A also met C.": a named subject of the meeting
the sentence right before told, going on with "also", met C on the same day, as "He also met C"
already did. Publication date 2025-03-12 (a Wednesday)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants


def test_a_named_subject_that_also_met_someone_did_so_that_day(nlp):
    x = extract_text(nlp, "India's Chief of the Naval Staff, Admiral Vikram Sethi, called on Mauritian Prime Minister "
                          "Anil Beeharry in Port Louis on Tuesday. Admiral Sethi also met the Commissioner of Police, "
                          "Ravi Seegoolam.")
    met = meetings_by_participants(x).get(("Ravi Seegoolam", "Vikram Sethi"))
    assert met is not None and met.date is not None and met.date.iso == "2025-03-11"


def test_someone_else_who_also_met_takes_no_day(nlp):
    # must not fire: the subject was not in the meeting told before
    x = extract_text(nlp, "India's Chief of the Naval Staff, Admiral Vikram Sethi, called on Mauritian Prime Minister "
                          "Anil Beeharry in Port Louis on Tuesday. Separately, Foreign Minister Maya Lall also met the "
                          "Commissioner of Police, Ravi Seegoolam.")
    met = meetings_by_participants(x).get(("Maya Lall", "Ravi Seegoolam"))
    assert met is not None and met.date is None


def test_a_title_standing_for_the_name_that_also_called_on_someone_takes_no_day(nlp):
    # must not fire: "The Defence Secretary, on a visit, also called on D" tells the visit's other engagements
    x = extract_text(nlp, "Defence Secretary Arjun Mehra called on Foreign Minister Anil Beeharry in Port Louis on "
                          "Tuesday. The Defence Secretary, who is on a two-day visit, also called on the Commissioner of "
                          "Police, Ravi Seegoolam.")
    met = meetings_by_participants(x).get(("Arjun Mehra", "Ravi Seegoolam"))
    assert met is not None and met.date is None
