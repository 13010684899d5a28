""""X was received by A and B at the Presidency": a passive reception whose "by" names two hosts
is one sitting of the three, while the active "A and B received X" may be two calls; on sentences
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import meeting_pairs, extract_text

PUBLISHED = date(2026, 3, 12)
LEAD = "Chilean Defence Minister Oskar Vandel held talks with Peru's Defence Minister Piet Lammers in Lima on Thursday. "


def test_a_visitor_received_by_two_hosts_is_one_meeting_of_three(nlp):
    text = LEAD + ("Vandel was later received by Tomas Brenko, chairman of the country's three-member Presidency, "
                   "and Presidency member Ivo Radek at the Presidency building in Lima.")
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {
        ("Oskar Vandel", "Piet Lammers"), ("Ivo Radek", "Oskar Vandel", "Tomas Brenko")}


def test_two_hosts_receiving_a_visitor_in_the_active_stay_two_meetings(nlp):
    text = "President Tomas Brenko and Prime Minister Ivo Radek received Chilean Defence Minister Oskar Vandel in Lima on Thursday."
    assert meeting_pairs(extract_text(nlp, text, PUBLISHED)) == {("Oskar Vandel", "Tomas Brenko"), ("Ivo Radek", "Oskar Vandel")}
