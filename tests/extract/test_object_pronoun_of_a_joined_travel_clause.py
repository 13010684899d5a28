""""A accepted an invitation to visit X, and B is expected to receive him in Y": "him"/"her" is the
one subject of the clause before, joined by "and", that tells that person's own going (not the
story's visitor told sentences before). Not when that clause tells no going of theirs ("A welcomed
the visit, and B will receive him": the visitor). Invented names."""

from __future__ import annotations

from datetime import date

from extract_helpers import meeting_pairs, extract_text

PUBLISHED = date(2027, 3, 28)

VISIT = "Estonian Defence Secretary Arvo Kellan held talks with Icelandic officials in Reykjavik on Tuesday.\n\n"


def test_invited_minister_is_whom_the_host_receives(nlp):
    x = extract_text(nlp, VISIT + "Iceland's Defence Minister Lina Vale accepted an invitation to visit Estonia, and "
                     "Estonian Defence Minister Mart Reinsalo is expected to receive her in Tallinn in the autumn.\n", PUBLISHED)
    pairs = meeting_pairs(x)
    assert ("Lina Vale", "Mart Reinsalo") in pairs
    assert ("Arvo Kellan", "Mart Reinsalo") not in pairs


def test_traveller_of_the_clause_before(nlp):
    x = extract_text(nlp, VISIT + "Iceland's Defence Minister Lina Vale will travel to Estonia in May, and Estonian "
                     "Defence Minister Mart Reinsalo will receive her in Tallinn.\n", PUBLISHED)
    assert ("Lina Vale", "Mart Reinsalo") in meeting_pairs(x)


def test_welcoming_the_visit_leaves_him_the_visitor(nlp):
    x = extract_text(nlp, "Estonian Defence Secretary Arvo Kellan arrived in Reykjavik on Tuesday for a three-day visit.\n\n"
                     "Iceland's Defence Minister Lina Vale welcomed the visit, and Iceland's Chief of Defence Brandur "
                     "Olafsson will receive him on Wednesday.\n", PUBLISHED)
    pairs = meeting_pairs(x)
    assert ("Arvo Kellan", "Brandur Olafsson") in pairs
    assert ("Brandur Olafsson", "Lina Vale") not in pairs
