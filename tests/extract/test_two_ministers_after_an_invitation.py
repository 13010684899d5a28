""""A invited her counterpart B to visit X. The two ministers held talks in Y on Monday": "the two
ministers" are the subject of the sentence before and the counterpart it names, though that
sentence tells no meeting; not when it names three. Invented persons."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 10)


def test_two_ministers_are_the_inviter_and_the_invited(nlp):
    x = extract_text(nlp, "Irish Defence Minister Orla Keane invited her Ghanaian counterpart Kofi Boateng to visit "
                     "Dublin. The two ministers held talks in Accra on Monday.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Kofi Boateng", "Orla Keane") in met


def test_three_named_before_give_no_pair(nlp):
    x = extract_text(nlp, "Irish Defence Minister Orla Keane invited her Ghanaian counterpart Kofi Boateng and the "
                     "Togolese minister Komi Adjovi to visit Dublin. The two ministers held talks in Accra on Monday.\n",
                     PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Kofi Boateng", "Orla Keane") not in met
