""""Earlier, on 10 March 2027, the X Committee meeting was co-chaired by A and B": the fronted day
of the passive co-chairing clause is the co-chairs' meeting's (the parse may make "co" the
clause's head, the participle hung on it), not the day told before. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 12)
LEAD = ("The Minister of Defence of Peru, Tomas Velk, hosted the Minister of National Defence of Estonia, General "
        "Orla Brennick, in Lima yesterday.\n\n")


def test_fronted_day_of_a_passive_co_chairing(nlp):
    x = extract_text(nlp, LEAD + "Earlier, on 10 March 2027, the 3rd Peru-Estonia Joint Defence Committee meeting was "
                     "co-chaired by the Secretary General of the Ministry of Defence, Ivo Sarn, and the Deputy Minister "
                     "of National Defence of Estonia, Lieutenant General Karl Rannap.\n", PUBLISHED)
    meeting = meetings_by_participants(x)[("Ivo Sarn", "Karl Rannap")]
    assert meeting.date is not None and meeting.date.iso == "2027-03-10"


def test_co_chairing_with_no_day_takes_none_of_its_own(nlp):
    x = extract_text(nlp, LEAD + "The 3rd Peru-Estonia Joint Defence Committee meeting was co-chaired by the Secretary "
                     "General of the Ministry of Defence, Ivo Sarn, and the Deputy Minister of National Defence of "
                     "Estonia, Lieutenant General Karl Rannap.\n", PUBLISHED)
    meeting = meetings_by_participants(x)[("Ivo Sarn", "Karl Rannap")]
    assert meeting.date is None or meeting.date.iso != "2027-03-10"
