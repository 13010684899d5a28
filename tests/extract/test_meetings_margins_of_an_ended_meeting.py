""""On the margins of the session, A held talks with B": the occasion is the one a verb told before,
"ended (opened, concluded) an extraordinary meeting in X yesterday" as well as "held"; a sentence
that only names a body its subject chairs ("Ruritania chairs the Organ until August 2026") tells no
occasion, and one that tells the session with no day or place ("A chaired the session at the X
Lodge") sends the search further back. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 3, 12)
LEAD = ("LUSAKA, March 12 (ZANIS) – Ministers of the Eastern Defence Group yesterday ended an extraordinary meeting "
        "of the Joint Security Board in Kitwe with a call for a joint plan.\n\n"
        "Zambia's Minister of Defence, Peter Banda, chaired the one-day session at the Copperbelt Lodge.\n\n")


def test_the_margins_of_a_session_ended_yesterday(nlp):
    x = extract_text(nlp, LEAD + "Zambia chairs the group's organ until August 2026.\n\n"
                     "On the margins of the session, Malawi's Defence Minister John Phiri held talks with Banda.\n",
                     PUBLISHED)
    talks = meetings_by_participants(x)[("John Phiri", "Peter Banda")]
    assert talks.date.iso == "2025-03-11" and place_name(x, talks) == "Kitwe"


def test_a_body_chaired_gives_no_day(nlp):
    x = extract_text(nlp, "Zambia chairs the group's organ until August 2026.\n\n"
                     "On the margins of the session, Malawi's Defence Minister John Phiri held talks with Zambian "
                     "Defence Minister Peter Banda.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("John Phiri", "Peter Banda")]
    assert talks.date is None
