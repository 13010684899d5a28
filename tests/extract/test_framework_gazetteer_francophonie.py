"""The Organisation internationale de la Francophonie, written in its French lower-case spelling, is the
known organisation (reference data), with its members and observers (invented sentence)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds, membership_triples


def test_french_spelling_of_the_francophonie_is_the_organisation(nlp):
    x = extract_text(nlp, "Chad is a full member of the Organisation internationale de la Francophonie, in which Estonia "
                          "has held observer status since 2015.")
    kinds = framework_kinds(x)
    assert "Organisation" in kinds.values()
    name = next(n for n, k in kinds.items() if k == "Organisation")
    assert ("TCD", name, "member") in membership_triples(x)
