""""the Lancaster House Treaties", "the Abraham Accords", "the Minsk Agreements": a set of
documents under one name is an Agreement, as its singular head is; a lower-case "two agreements"
or "bilateral Agreements" names none."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_plural_document_names_are_agreements(nlp):
    x = extract_text(nlp, "Norway and Iceland renewed the Reykjavik House Treaties on Tuesday and reaffirmed the "
                          "Tromso Accords.")
    kinds = framework_kinds(x)
    assert kinds.get("Reykjavik House Treaties") == "Agreement" and kinds.get("Tromso Accords") == "Agreement"


def test_common_plural_documents_name_no_framework(nlp):
    # must not fire: no name before the plural head
    x = extract_text(nlp, "The two agreements were signed on Tuesday. Several bilateral Agreements were reviewed.")
    assert framework_kinds(x) == {}
