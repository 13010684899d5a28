"""A body "which is co-chaired by A and B": the relative pronoun is the passive's subject, and the
countries co-chair the body the relative clause hangs on (as they do after ", co-chaired by")."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def test_which_is_co_chaired_by_two_countries(nlp):
    x = extract_text(nlp, "The ministers received a report from the Coastal Safety Working Group, which is "
                          "co-chaired by Peru and Ecuador.")
    assert {("PER", "Coastal Safety Working Group", "co-chair"),
            ("ECU", "Coastal Safety Working Group", "co-chair")} <= membership_triples(x)


def test_which_is_co_chaired_by_officials_gives_no_co_chairs(nlp):
    x = extract_text(nlp, "The ministers received a report from the Coastal Safety Working Group, which is "
                          "co-chaired by Peru's minister Ana Soto and Ecuador's Luis Vera.")
    assert not {mb for mb in membership_triples(x) if mb[2] == "co-chair"}
