"""Capitalised framework names that go on past where the tagger cuts them: two ideals joined by
"and" after a document's "of" ("the Treaty of Amity and Concord", the second one read as a place);
each with a look-alike whose name ends earlier."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_two_ideals_after_a_documents_of(nlp):
    x = extract_text(nlp, '"Forty years after the Treaty of Amity and Concord, the two neighbours trust each other," the minister said.')
    assert framework_kinds(x).get("Treaty of Amity and Concord") == "Agreement"
    place = extract_text(nlp, "Both ministers recalled the Treaty of Lisbon and Madrid's role in drafting it.")
    assert not any("Madrid" in name for name in framework_kinds(place))
