""""The two ministers will co-chair the 5th session of X" is a meeting of the latest pair of ministers,
not of a minister and the general she called on since; the parse may hang the subject on "co" or on
its "will"."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, meetings_by_participants, place_name

HOSTED = ("Lima – Minister of Defence Carlos Ruiz has hosted his Chilean counterpart, Minister of National Defence "
          "Paula Soto, for bilateral talks in Lima, where the two ministers signed a memorandum of understanding on "
          "disaster relief.\n\n")
CALL_ON = ("On Monday, Soto paid a courtesy call on the Chief of Defence Staff, General Luis Vargas, at the Defence "
           "Headquarters in Lima.\n\n")


@pytest.mark.parametrize("between", ["", "The talks, held on Tuesday, focused on border security.\n\n"])
def test_the_two_ministers_are_the_latest_pair_of_ministers(nlp, between):
    text = HOSTED + between + CALL_ON + ("The two ministers will co-chair the 5th session of the Chile-Peru Joint "
                                         "Commission on Defence in Santiago in May, the ministry said.")
    x = extract_text(nlp, text)
    pairs = meetings_by_participants(x)
    assert ("Luis Vargas", "Paula Soto") in pairs
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    assert set(planned[0].participants) == set(pairs[("Carlos Ruiz", "Paula Soto")].participants)
    assert place_name(x, planned[0]) == "Santiago"


def test_the_two_generals_are_not_the_ministers(nlp):
    text = HOSTED + CALL_ON + "The two generals will meet again in Santiago in May, the ministry said."
    x = extract_text(nlp, text)
    assert not any(mt.status == "planned" and set(mt.participants) == {p.key for p in x.persons if p.name in ("Carlos Ruiz", "Paula Soto")}
                   for mt in x.meetings)


def test_the_two_ministers_also_co_chaired_is_the_meeting_just_told(nlp):
    text = ("Defence Minister Carlos Ruiz held talks with Chilean Minister of National Defence Paula Soto in Lima on "
            "Tuesday. The two ministers also co-chaired the first Chile-Peru Defence Ministers' Dialogue, set up "
            "last year.")
    x = extract_text(nlp, text)
    assert len(x.meetings) == 1


SECDEF = ("Brazilian Defence Minister Jose Mucio met Argentine Defence Minister Luis Petri in Buenos Aires on Sunday. "
          "On Monday, Mucio held talks with US Secretary of Defense Lloyd Carter in Washington. ")


@pytest.mark.parametrize(("told", "status"), [
    ("The two ministers last met in Lisbon in June.", "held"),
    ("The two ministers will co-chair the 3rd session of the Brazil-US Defence Committee in Brasilia next year.", "planned"),
])
def test_a_secretary_of_defense_is_one_of_the_two_ministers(nlp, told, status):
    # review mend: a title without the word "minister" of the same kind keeps the pair just told
    x = extract_text(nlp, SECDEF + told)
    later = [mt for mt in x.meetings if mt.date is not None and mt.date.iso in ("2024-06", "2026")]
    assert len(later) == 1 and later[0].status == status
    assert set(later[0].participants) == set(meetings_by_participants(x)[("Jose Mucio", "Lloyd Carter")].participants)
