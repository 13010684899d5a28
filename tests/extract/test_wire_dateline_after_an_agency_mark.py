"""Wire copy that opens "(AGN) - PORTHAVEN, MARCH 5 - ...": the agency's mark before the city, the
month in capitals, a town the gazetteer lacks but the text names as a city; and a meeting "on the
margins of the ministerial" is held where the lead's gathering is (the dateline's city), not where
its host was last told to be. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 3, 5)
STORY = ("Defence ministers meet in Porthaven\n\n(AGN) - PORTHAVEN, MARCH 5 - Defence Minister Tomas Velk of Uruguay "
         "yesterday joined his counterparts at the Naval School in Porthaven, Maryland, for the third Southern Defence "
         "Ministers' Meeting, hosted by Estonian Defence Minister Orla Brennick.\n\nOn Wednesday, Velk was received by "
         "Brennick at the Pentagon in Washington.\n\n")


def test_dateline_after_an_agency_mark(nlp):
    m = article_mentions(nlp, STORY, PUBLISHED)
    assert m.dateline_place is not None and m.places[m.dateline_place].name == "Porthaven"


def test_unknown_capitals_after_an_agency_mark_are_no_dateline(nlp):
    m = article_mentions(nlp, "Defence ministers meet\n\n(AGN) - WORLD NEWS, MARCH 5 - Defence Minister Tomas Velk of "
                         "Uruguay met Estonian Defence Minister Orla Brennick.\n", PUBLISHED)
    assert m.dateline_place is None


def test_margins_of_the_ministerial_are_where_the_gathering_is(nlp):
    x = extract_text(nlp, STORY + "Brennick hosted Latvia's Minister of Defence, Juris Kalns, for a working breakfast on "
                     "the margins of the ministerial yesterday morning, according to the Pentagon.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Juris Kalns", "Orla Brennick")]) == "Porthaven"


def test_margins_of_another_summit_keep_its_city(nlp):
    x = extract_text(nlp, STORY + "Brennick hosted Latvia's Minister of Defence, Juris Kalns, for a working breakfast on "
                     "the margins of a summit in Rome last month.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert place_name(x, met[("Juris Kalns", "Orla Brennick")]) == "Rome"
