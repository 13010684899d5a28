""""A (minister) held talks with B (minister). ... Earlier, C (State Secretary) and D (First Deputy
Minister) co-chaired a commission meeting. The two ministers first met in X and last spoke by
telephone on <day>": a deputy minister, a vice minister or a state secretary is no "minister" of
"the two ministers": the recalled meetings are the ministers' pair, not the deputies' told last;
"the two deputy ministers" still are the deputies. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names

PUBLISHED = date(2026, 3, 12)
LEAD = ("Minister of Defence of Peru Harun Kelvari held a meeting with Minister of Defence of Uruguay "
        "General Tomas Brenik at the Ministry of Defence in Lima on March 10, 2026. During the meeting, "
        "the two ministers discussed military education.\n\n")
MINISTERS = ["Harun Kelvari", "Tomas Brenik"]
DEPUTIES = ["Ilan Vostrik", "Marek Dunavan"]


def _recalled(x):
    return sorted((participant_names(x, mt), mt.kind, mt.date.iso if mt.date else None)
                  for mt in x.meetings if mt.earlier)


def test_state_secretary_and_first_deputy_minister_co_chaired(nlp):
    x = extract_text(nlp, LEAD + "Earlier, on March 9, State Secretary of the Ministry of Defence Brig. Gen. Ilan Vostrik "
                     "and First Deputy Minister of Defence of Uruguay Lt. Gen. Marek Dunavan co-chaired the 2nd meeting "
                     "of the Joint Military Commission in Lima.\n\n"
                     "The two ministers first met on the sidelines of a regional defence conference in Quito in June 2025 "
                     "and last spoke by telephone on January 20, 2026.\n", PUBLISHED)
    found = _recalled(x)
    assert (MINISTERS, "telephone", "2026-01-20") in found
    assert all(names == MINISTERS for names, _, _ in found)


def test_deputy_and_vice_ministers_held_talks(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, Deputy Defence Minister Ilan Vostrik held talks with Uruguay's "
                     "Vice Minister of Defence, Marek Dunavan, on procurement.\n\n"
                     "Both ministers had last met in Montevideo in November 2025.\n", PUBLISHED)
    found = _recalled(x)
    assert found and all(names == MINISTERS for names, _, _ in found)


def test_permanent_secretary_and_deputy_minister_met(nlp):
    x = extract_text(nlp, LEAD + "Later, Permanent Secretary Ilan Vostrik held talks with Deputy Minister of National Defence "
                     "Marek Dunavan on the training programme.\n\n"
                     "The two ministers last spoke by telephone on 14 January.\n", PUBLISHED)
    calls = [participant_names(x, mt) for mt in x.meetings if mt.kind == "telephone"]
    assert calls == [MINISTERS]


def test_the_two_deputy_ministers_are_the_deputies(nlp):
    x = extract_text(nlp, LEAD + "On Wednesday, Deputy Defence Minister Ilan Vostrik held talks with Uruguay's "
                     "Deputy Minister of Defence, Marek Dunavan, on procurement.\n\n"
                     "The two deputy ministers had last met in Montevideo in November 2025.\n", PUBLISHED)
    found = _recalled(x)
    assert found and all(names == DEPUTIES for names, _, _ in found)
