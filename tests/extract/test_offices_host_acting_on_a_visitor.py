"""An untitled-country official who briefs, receives or hosts a visitor from abroad, in a story filed
from the host country, is the host's official, on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 5, 4)
LEAD = ("Accra, May 4 (GNA) Ghana and Nigeria on Wednesday agreed to step up cooperation after Defence Minister "
        "Bello Matawalle sat down with President John Mahama in Accra. The Nigerian minister will return to Abuja "
        "on Thursday. ")


def test_the_official_who_briefs_the_visitor_is_the_hosts(nlp):
    text = LEAD + ("On Thursday, Matawalle will visit the Naval Base at Sekondi, where Commissioner of Police "
                   "Kofi Boakye is due to brief him on coastal patrols.")
    assert ("Kofi Boakye", "Commissioner of Police", "GHA") in holdings(extract_text(nlp, text, PUBLISHED))


def test_one_who_joins_the_visitor_is_not_made_the_hosts(nlp):
    # joining a visitor says nothing of whose official one is: the visitor's side, as before
    text = LEAD + ("On Thursday, Matawalle will visit the Naval Base at Sekondi, where Commissioner of Police "
                   "Kofi Boakye will join him.")
    assert ("Kofi Boakye", "Commissioner of Police", "GHA") not in holdings(extract_text(nlp, text, PUBLISHED))
