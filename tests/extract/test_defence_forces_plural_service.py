""""Finnish Defence Forces Commander General X": the plural "Defence Forces" some countries write is
the same service as "Defence Force", so its head's post is read before the name. Articles written
for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_plural_service_before_its_head(nlp):
    x = extract_text(nlp, "The Latvian Chief of Defence, General Janis Ozolkalns, met Finnish Defence Forces Commander "
                          "General Mikko Saarelma in Helsinki on Monday.\n", PUBLISHED)
    assert ("Mikko Saarelma", "Defence Force Commander", "FIN") in holdings(x)


def test_the_singular_service_is_as_before(nlp):
    x = extract_text(nlp, "Fiji's Defence Force Commander Major General Peni Tawalesi met Australian officials in Suva "
                          "on Monday.\n", PUBLISHED)
    assert ("Peni Tawalesi", "Defence Force Commander", "FJI") in holdings(x)
