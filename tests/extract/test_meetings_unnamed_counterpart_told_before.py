""""A met his Maltese counterpart X ... Foreign Minister Y ...": a later unnamed "his Maltese
counterpart" and "the Maltese minister" are X, the one told as that counterpart, not the latest
Maltese named; with no counterpart told, "the Maltese minister" stays the latest holder named.
Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import meetings_by_participants, extract_text

PUBLISHED = date(2026, 3, 12)

LEAD = ("VALLETTA - Estonian Defence Minister Orla Brennick held talks with {other} Tomas Velk in Valletta on "
        "Tuesday.\n\nOn Monday, Brennick held a meeting with Foreign Minister Ruben Ostal at the Foreign Ministry.\n\n")


def test_unnamed_counterpart_and_the_countrys_minister_are_the_counterpart_told_before(nlp):
    x = extract_text(nlp, LEAD.format(other="her Maltese counterpart") + "Brennick and her Maltese counterpart last "
                     "spoke by phone in January. The Maltese minister is expected to travel to Tallinn in July, where "
                     "Brennick will host him.\n", PUBLISHED)
    met = meetings_by_participants(x)
    kinds = {m.kind for m in x.meetings if {p.name for p in x.persons if p.key in m.participants} == {"Orla Brennick", "Tomas Velk"}}
    assert "telephone" in kinds
    assert ("Orla Brennick", "Tomas Velk") in met
    assert not any(m.status == "planned" and {p.name for p in x.persons if p.key in m.participants} == {"Orla Brennick", "Ruben Ostal"}
                   for m in x.meetings)


def test_the_countrys_minister_with_no_counterpart_told_is_the_latest_named(nlp):
    x = extract_text(nlp, LEAD.format(other="Maltese Defence Minister") + "The Maltese minister is expected to travel "
                     "to Tallinn in July, where Brennick will host him.\n", PUBLISHED)
    assert any(m.status == "planned" and {p.name for p in x.persons if p.key in m.participants} == {"Orla Brennick", "Ruben Ostal"}
               for m in x.meetings)
