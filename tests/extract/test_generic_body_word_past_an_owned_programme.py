""""Chile joined NATO's Partnership for Peace program in 1997, while Norway has been a member of the
alliance since 1949": "the alliance" is the body that owns the programme named last, not the
programme; a programme named with no owner stays what "the alliance" would skip to (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples

LEAD = "Defence Minister Ana Ruiz of Chile met her Norwegian counterpart Lars Dahl in Santiago on Tuesday. "


def test_the_alliance_after_an_owned_programme_is_its_owner(nlp):
    x = extract_text(nlp, LEAD + "Chile joined NATO's Partnership for Peace program in 1997, while Norway has been a member "
                                 "of the alliance since 1949.")
    triples = membership_triples(x)
    assert any(t[0] == "NOR" and t[1] == "NATO" for t in triples), triples
    assert not any(t[0] == "NOR" and t[1] in ("PfP", "Partnership for Peace") for t in triples), triples


def test_the_alliance_after_a_programme_with_no_owner_names_no_other_body(nlp):
    x = extract_text(nlp, LEAD + "Chile joined the Partnership for Peace program in 1997, while Norway has been a member "
                                 "of the alliance since 1949.")
    assert not any(t[1] == "NATO" for t in membership_triples(x)), membership_triples(x)
