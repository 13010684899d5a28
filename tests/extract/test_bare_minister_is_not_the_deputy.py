""""the Estonian Minister paid a courtesy call on X": a bare "Minister" with a country stands for
that country's minister, not his deputy named after him ("the Deputy Minister of National
Defence of Estonia, Y"); with only a deputy named, the bare title still reads as him. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2027, 3, 12)


def test_bare_minister_after_a_deputy_is_the_minister(nlp):
    x = extract_text(nlp, "The Minister of Defence of Peru, Tomas Velk, hosted the Minister of National Defence of "
                     "Estonia, General Orla Brennick, in Lima yesterday.\n\nEarlier, the Secretary General of the "
                     "Ministry of Defence, Ivo Sarn, met the Deputy Minister of National Defence of Estonia, "
                     "Lieutenant General Karl Rannap.\n\nThis morning, the Estonian Minister paid a courtesy call on "
                     "the Prime Minister, Ruben Ostal, in Lima.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Orla Brennick", "Ruben Ostal") in met
    assert ("Karl Rannap", "Ruben Ostal") not in met


def test_bare_minister_with_only_a_deputy_named_is_the_deputy(nlp):
    x = extract_text(nlp, "The Deputy Minister of National Defence of Estonia, Lieutenant General Karl Rannap, "
                     "arrived in Lima on Monday.\n\nThis morning, the Estonian Minister paid a courtesy call on the "
                     "Prime Minister of Peru, Ruben Ostal, in Lima.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Karl Rannap", "Ruben Ostal") in met
