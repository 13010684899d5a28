"""A place where a document was signed, told in a participle on it, is not where the sentence's
people are: a title's country is not read from it. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 6, 3)

def _holds(nlp, text):
    return holdings(extract_text(nlp, text, PUBLISHED))


def test_a_signing_place_in_a_participle_gives_no_country(nlp):
    text = "Foreign Minister Paulo Lima said on Tuesday that the Treaty of Friendship, signed in Vatican City in 1995, still holds."
    assert not any(country == "VAT" for _, _, country in _holds(nlp, text))


def test_a_signing_place_with_the_signer_named_still_places_him(nlp):
    text = ("Officials praised the accord signed in Vatican City on Monday by Secretary of State Pietro Conti, "
            "calling it a milestone.")
    held = _holds(nlp, text)
    assert ("Pietro Conti", "Secretary of State", "VAT") in held
