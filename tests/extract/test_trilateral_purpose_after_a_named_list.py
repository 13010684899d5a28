""""He is expected to meet his A and B counterparts, X and Y, for trilateral talks": the parse may
hang "for trilateral talks" on the last name rather than on "meet", out of the trigger's own
clause; the joint word still makes the talks one sitting of all three (not a pair per
counterpart). "for talks" alone keeps one meeting per counterpart. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

PUBLISHED = date(2026, 3, 12)
LEAD = "Defence Secretary Alan Brewster will travel to Strelsau, where he is expected to meet his Zembian and Kirovian counterparts, Tomas Varga and Dmitri Kovalenko, "


def test_trilateral_talks_after_the_list_make_one_meeting(nlp):
    x = extract_text(nlp, LEAD + "for trilateral talks on the air programme.\n", PUBLISHED)
    assert meeting_pairs(x) == {("Alan Brewster", "Dmitri Kovalenko", "Tomas Varga")}


def test_talks_alone_after_the_list_keep_a_meeting_per_counterpart(nlp):
    x = extract_text(nlp, LEAD + "for talks on the air programme.\n", PUBLISHED)
    assert meeting_pairs(x) == {("Alan Brewster", "Tomas Varga"), ("Alan Brewster", "Dmitri Kovalenko")}


def test_trilateral_talks_after_the_list_of_a_travel_make_one_meeting(nlp):
    text = ("Tomorrow, the Defence Secretary Alan Brewster will travel to Ruritania for the Defence Ministers' Meeting in Strelsau, "
            "where he is expected to meet his Zembian and Kirovian counterparts, Tomas Varga and Dmitri Kovalenko, for trilateral talks on the air programme.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert meeting_pairs(x) == {("Alan Brewster", "Dmitri Kovalenko", "Tomas Varga")}


def test_trilateral_talks_of_a_later_trip_do_not_join_the_pairs(nlp):
    text = "Alan Brewster met Tomas Varga and Dmitri Kovalenko in Strelsau before flying to Zenda for trilateral talks.\n"
    x = extract_text(nlp, text, PUBLISHED)
    assert ("Alan Brewster", "Dmitri Kovalenko", "Tomas Varga") not in meeting_pairs(x)
