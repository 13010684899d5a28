"""A post given to the article's other country because a host seemed to hold the home country's
("Defence Minister Y", the host, then "talks with Defence Minister X" in the home capital) goes
back home once the host's post moves to the host country: one country has one Defence Minister.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 2, 23)

STORY = (
    "LISBON\n\n"
    "Chief of the Naval Staff Admiral Rui Tavares will leave for Santiago tonight on a visit to Chile from "
    "February 24 to 27, the first by a Portuguese Navy chief to the country in a decade, the Navy said on Monday.\n\n"
    "On Wednesday, Adm. Tavares is scheduled to hold talks with his Chilean counterpart, Vice Adm. Mario Vidal, "
    "at the naval headquarters in Santiago.\n\n"
    "A day later, he will call on Defence Minister Pablo Ossandon.\n\n"
    "Mr. Ossandon visited Lisbon last October, when he held talks with Defence Minister Joao Quintela on the "
    "possible sale of patrol vessels.\n"
)


def test_home_post_goes_back_home_once_the_host_holds_the_host_post(nlp):
    x = extract_text(nlp, STORY, PUBLISHED)
    held = holdings(x)
    assert ("Pablo Ossandon", "Defence Minister", "CHL") in held, held
    assert ("Joao Quintela", "Defence Minister", "PRT") in held, held
    assert ("Joao Quintela", "Defence Minister", "CHL") not in held, held
