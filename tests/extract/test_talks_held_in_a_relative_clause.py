""""A recalled the talks he held with B in X last October": the talk noun's relative clause whose
own subject held it with someone tells a meeting of the two; "the talks which were held in X" (no
partner) or "the agreement he signed with B" tell none. Invented sentences."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants

PUBLISHED = date(2026, 3, 12)
LEAD = ("TARSK, March 12 - Defence Minister Arvo Kallen received Defence Minister Jorin Maddox of Veloria "
        "at the Ministry of Defence in Tarsk on Monday.\n\n")


def test_recalled_talks_he_held_with_someone(nlp):
    x = extract_text(nlp, LEAD + "Minister Kallen recalled the talks he held with Foreign Minister Pell Ostrander "
                     "of Quenland in Lisbon last October.\n", PUBLISHED)
    met = meetings_by_participants(x)
    assert ("Arvo Kallen", "Pell Ostrander") in met
    assert met[("Arvo Kallen", "Pell Ostrander")].date.iso == "2025-10"


def test_agreement_he_signed_with_someone_is_no_meeting(nlp):
    x = extract_text(nlp, LEAD + "Minister Kallen recalled the agreement he signed with Foreign Minister Pell Ostrander "
                     "of Quenland in Lisbon last October.\n", PUBLISHED)
    assert ("Arvo Kallen", "Pell Ostrander") not in meetings_by_participants(x)
