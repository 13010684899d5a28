"""A national agency credited before the dateline ("(EFE) - <TOWN>, MARCH 5 - ..."), the town one
the gazetteer may not know: the story is told from the agency's country, whose officials it names
without a country; an international agency's credit ("(Reuters) - ") tells no country."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

BODY = ("Defence Minister Pablo Arenas yesterday joined his counterparts at the naval academy for the "
        "ministers' meeting. Moldova's defence minister addressed the ministers by video link, and "
        "support for Moldova led the talks. The final statement welcomed Moldova's reforms. Arenas "
        "later discussed Spain's purchases of equipment.")


def test_national_agency_before_an_unknown_town(nlp):
    x = extract_text(nlp, "(EFE) - PORTHAVEN, MARCH 5 - " + BODY)
    assert ("Pablo Arenas", "Defence Minister", "ESP") in holdings(x)


def test_international_agency_tells_no_country(nlp):
    x = extract_text(nlp, "(Reuters) - PORTHAVEN, MARCH 5 - " + BODY)
    assert ("Pablo Arenas", "Defence Minister", "ESP") not in holdings(x)
