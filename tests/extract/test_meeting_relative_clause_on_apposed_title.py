"""A "who" clause hung on a title apposed to a name ("A, Deputy Chief of the Joint Staff, who
co-chaired the 5th round of the X Talks with B"): the clause's subject is the named person, so the
co-chairs A and B met (not a body's name at the end of the title)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs

LEAD = ("MUSCAT, March 10 (ONA): General Ali Rezaei, Deputy Chief of Iran's General Staff, called on "
        "Sayyid Shihab bin Tariq Al Said, Deputy Prime Minister for Defence Affairs, in Muscat on Monday.\n\n")


def test_co_chair_in_a_who_clause_on_an_apposed_title(nlp):
    text = LEAD + ("The visiting delegation included Major General Reza Tavakoli, Deputy Chief of the Joint Staff, "
                   "who co-chaired the 5th round of the Iran-Oman Military Staff Talks with Chief of Staff Major General "
                   "Hamad Al Busaidi at the Joint Headquarters in Muscat on Monday.")
    x = extract_text(nlp, text, date(2025, 3, 11))
    assert ("Hamad Al Busaidi", "Reza Tavakoli") in meeting_pairs(x)


def test_who_clause_without_a_partner_is_no_meeting(nlp):
    text = LEAD + ("The visiting delegation included Major General Reza Tavakoli, Deputy Chief of the Joint Staff, "
                   "who co-chaired a planning cell in 2019.")
    x = extract_text(nlp, text, date(2025, 3, 11))
    assert meeting_pairs(x) == {("Ali Rezaei", "Shihab bin Tariq Al Said")}
