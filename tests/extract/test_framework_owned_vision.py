"""'<Country>'s Vision <year>' is that country's policy "Vision <year>" (also called "<Country>
Vision <year>", as gold titles it); not a vision without its year, nor one written in lowercase."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document

PUBLISHED = date(2026, 3, 12)


def _frameworks(nlp, text: str):
    return extract_document(Document("d0", text, PUBLISHED), nlp).frameworks


def test_a_countrys_vision_with_its_year(nlp):
    fws = _frameworks(nlp, "The talks were aligned with Bahrain's Vision 2041 and Jordan's Vision 2039, officials said.")
    got = {f.name: (f.kind, f.owner, sorted(f.aliases)) for f in fws}
    assert got == {"Vision 2041": ("Policy", "BHR", ["Bahrain Vision 2041"]), "Vision 2039": ("Policy", "JOR", ["Jordan Vision 2039"])}


def test_no_vision_without_a_year_or_an_owner(nlp):
    assert _frameworks(nlp, "The minister said the plan was the fruit of Bahrain's Vision, adopted in 2020.") == []
    assert _frameworks(nlp, "The minister said Bahrain's vision 2041 was ambitious.") == []
