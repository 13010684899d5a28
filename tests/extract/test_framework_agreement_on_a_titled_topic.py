"""A lowercase "agreement on <Topic In Capitals>" once signed is named by its title-like topic; not
an agreement only planned, one on a lowercase topic (gold leaves "signed an agreement on military
medicine" out), nor "an agreement on the sidelines of" a meeting."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document

PUBLISHED = date(2026, 3, 12)


def _frameworks(nlp, text: str):
    return extract_document(Document("d0", text, PUBLISHED), nlp).frameworks


def test_a_signed_agreement_named_by_its_topic(nlp):
    fws = _frameworks(nlp, "Estonia and Iceland signed an agreement on the Exchange of Hydrographic Data on Tuesday in Tallinn.")
    assert [(f.name, f.kind) for f in fws] == [("agreement on the Exchange of Hydrographic Data", "Agreement")]


def test_no_agreement_planned_or_on_the_sidelines(nlp):
    assert _frameworks(nlp, "Estonia and Iceland will sign an agreement on the Exchange of Hydrographic Data next month.") == []
    assert _frameworks(nlp, "Estonia and Iceland signed an agreement on the exchange of hydrographic data on Tuesday in Tallinn.") == []
    assert _frameworks(nlp, "The two ministers signed an agreement on the sidelines of the summit.") == []
    assert _frameworks(nlp, "Estonia and Iceland reached an agreement on the delivery of patrol boats.") == []
