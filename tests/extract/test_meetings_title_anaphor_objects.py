""""President X received the Ruritanian minister": a post with no name as the object of a meeting
verb is the person of that post (and country) named before, as "the Navy chief" is as a subject."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 5, 14)
LEAD = ("TUNIS, May 14 - Defence Minister Karim Haddad held talks with his Portuguese counterpart, Rui Fontes, at the "
        "ministry in Tunis on Tuesday.\n\nThe two ministers discussed naval training.\n\n")


def test_received_the_demonym_minister_is_the_minister_named_before(nlp):
    x = extract_text(nlp, LEAD + "President Hichem Ayari received the Portuguese minister at Carthage Palace in "
                                 "Tunis today, a spokesman said.", PUBLISHED)
    meeting = meetings_by_participants(x)[("Hichem Ayari", "Rui Fontes")]
    assert meeting.date.iso == "2025-05-14" and place_name(x, meeting) == "Tunis"


def test_a_post_of_another_country_than_anyone_named_is_no_one(nlp):
    x = extract_text(nlp, LEAD + "President Hichem Ayari received the Spanish minister at Carthage Palace in "
                                 "Tunis today, a spokesman said.", PUBLISHED)
    assert not any("Hichem Ayari" in names for names in meetings_by_participants(x))


def test_the_subject_is_not_their_own_object(nlp):
    # "the Tunisian minister" is the subject himself: no meeting of him with himself nor a stand-in
    x = extract_text(nlp, LEAD + "Karim Haddad later met the Tunisian minister of culture.", PUBLISHED)
    assert set(meetings_by_participants(x)) == {("Karim Haddad", "Rui Fontes")}
