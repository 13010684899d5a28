""""He will meet Y" after a lead sentence whose subject is a title and rank written before the
visitor's name, which the parse makes the subject instead of the name (invented articles)."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name


@pytest.mark.parametrize("text, visitor", [
    # the title the subject, the name hung on its "of"
    ("Paraguay's Chief of the Naval Staff Admiral Diego Benitez Ocampo will pay an official visit to Uruguay next "
     "week. He will meet Uruguayan Defence Minister Marta Olivera in Montevideo on March 14.", "Diego Benitez Ocampo"),
    ("Chief of Staff of the Paraguayan Army Lt Gen Diego Benitez will visit Uruguay from March 13 to 15. He will "
     "meet Uruguayan Defence Minister Marta Olivera in Montevideo on March 14.", "Diego Benitez"),
    # the rank the subject, the name its apposition
    ("Paraguay's Vice Minister of Defence Maj Gen (Retd) Diego Benitez will visit Uruguay this week. He will hold "
     "talks with Uruguayan Defence Minister Marta Olivera in Montevideo on March 14.", "Diego Benitez"),
    # the name a clausal subject
    ("Chief Operations Officer of the Paraguayan Army Lt Gen Ruperto Acosta will visit Uruguay from March 13 to 15. "
     "He will meet Uruguayan Defence Minister Marta Olivera in Montevideo on March 14.", "Ruperto Acosta"),
])
def test_he_after_a_titled_and_ranked_lead_is_the_visitor(nlp, text, visitor):
    x = extract_text(nlp, text, header=True)
    meeting = meetings_by_participants(x)[tuple(sorted((visitor, "Marta Olivera")))]
    assert meeting.status == "planned"
    assert place_name(x, meeting) == "Montevideo"
    assert meeting.date is not None and meeting.date.iso == "2025-03-14"


@pytest.mark.parametrize("text", [
    # the subject an aide of the titled person: "he" is the aide, never the chief
    "An aide to Paraguay's Navy Chief Admiral Diego Benitez will visit Uruguay next week. He will meet Uruguayan "
    "Defence Minister Marta Olivera in Montevideo on March 14.",
    # a title with no name: nobody to meet
    "The Chief of the Naval Staff of Paraguay will visit Uruguay next week. He will meet Uruguayan Defence Minister "
    "Marta Olivera in Montevideo on March 14.",
])
def test_he_after_a_subject_that_names_no_visitor_meets_nobody(nlp, text):
    assert extract_text(nlp, text).meetings == []
