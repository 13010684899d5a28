"""A state agency's dateline with a numeric day and its name after its letters ("CITY, 06.03.2027
/AGN "Sur"/."): the city is where the story was filed, and the meetings told with no other place
are there. "X received Y, who was in Z on an official visit": the visit is Y's, so "the <demonym>
guest" later is Y, not the receiving subject. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 6)
HEADLINE = "Defence Minister of Uruguay receives Air Force chief of Estonia\n\n"


def test_numeric_dateline_with_a_named_agency(nlp):
    m = article_mentions(nlp, HEADLINE + 'MONTEVIDEO, 06.03.2027 /AGN "Sur"/. On March 4, the Minister of Defense of '
                         "Uruguay, General Tomas Velk, received Major General Orla Brennick of Estonia.\n", PUBLISHED)
    assert m.dateline_place is not None and m.places[m.dateline_place].name == "Montevideo"


def test_numeric_day_alone_is_no_dateline_of_a_sentence(nlp):
    m = article_mentions(nlp, HEADLINE + "General Tomas Velk, 06.03.2027, received Major General Orla Brennick of "
                         "Estonia in the capital.\n", PUBLISHED)
    assert m.dateline_place is None


def test_guest_is_the_one_whose_visit_the_relative_clause_tells(nlp):
    x = extract_text(nlp, HEADLINE + "MONTEVIDEO, March 6 - On March 4, Minister of Defense of Uruguay General Tomas "
                     "Velk received the Chief of the Air Staff of the Estonian Air Force, Major General Orla Brennick, "
                     "who was in Montevideo on an official visit from March 3 to 5.\n\nThe Minister recalled his meeting "
                     "with the Minister of Defense of Estonia Kaja Lepp in Riga in June last year.\n\nEarlier in the day, "
                     "the Estonian guest held a meeting with the Chief of the General Staff, Major General Ivo Sarn.\n",
                     PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Sarn", "Orla Brennick") in met
    assert place_name(x, met[("Ivo Sarn", "Orla Brennick")]) == "Montevideo"
    assert ("Ivo Sarn", "Tomas Velk") not in met


def test_guest_whose_own_visit_the_subjects_clause_tells(nlp):
    x = extract_text(nlp, "Defence Minister of Uruguay in Estonia\n\nTALLINN, March 6 - On March 4, Minister of Defense "
                     "of Uruguay General Tomas Velk, who was in Tallinn on an official visit from March 3 to 5, met the "
                     "Chief of the Air Staff of the Estonian Air Force, Major General Orla Brennick.\n\nThe Minister "
                     "recalled his meeting with the Minister of Defense of Estonia Kaja Lepp in Riga in June last year."
                     "\n\nEarlier in the day, the Uruguayan guest held a meeting with the Chief of the General Staff, "
                     "Major General Ivo Sarn.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Ivo Sarn", "Tomas Velk") in met
