""""On the sidelines of the ministerial, A hosted B": "the ministerial" refers back to the ministers'
meeting told before by any occasion word ("their annual meeting ... on Wednesday"), whose day and
place the sidelines meeting takes (invented names)."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meetings_by_participants, place_name

PUBLISHED = date(2027, 2, 18)

LEAD = ("Tallinn, 18 February (ERR) - Defence ministers of the Nordic-Baltic Defence Group agreed at their annual meeting "
        "at Kadriorg Palace on Wednesday to set up joint ammunition stockpiles, host Liva Sarnik told the press.\n\n"
        "Estonia holds the rotating presidency until the end of June. At the meeting the ministers signed a memorandum "
        "of understanding on military medical cooperation.\n\n")
SIDELINES = ("On the sidelines of the ministerial, Sarnik hosted her Latvian and Lithuanian counterparts, Kaspar Ulgren and "
             "Mats Orrvik, for a trilateral meeting on air policing.\n")


def test_the_ministerial_takes_the_day_and_place_of_the_meeting_told_before(nlp):
    x = extract_text(nlp, LEAD + SIDELINES, PUBLISHED)
    mt = meetings_by_participants(x)[("Kaspar Ulgren", "Liva Sarnik", "Mats Orrvik")]
    assert mt.date is not None and mt.date.iso == "2027-02-17"
    assert place_name(x, mt) == "Tallinn"


def test_the_ministerial_with_no_occasion_told_before_has_no_day(nlp):
    # must not fire: nothing before tells a meeting to refer back to
    lead = ("Tallinn, 18 February (ERR) - Estonia will buy more air defence systems, Defence Minister Liva Sarnik said on "
            "Wednesday.\n\n")
    x = extract_text(nlp, lead + SIDELINES, PUBLISHED)
    mt = meetings_by_participants(x)[("Kaspar Ulgren", "Liva Sarnik", "Mats Orrvik")]
    assert mt.date is None


HEADLINED = ("Nordic defence ministers agree on joint ammunition stocks at Kadriorg\n\n"
             "Vesiküla, 18 February (XNA) - Defence ministers of the Nordic-Baltic Defence Group agreed at their annual "
             "meeting at Kadriorg Palace on Wednesday to set up joint ammunition stockpiles, host Liva Sarnik told the press.\n\n"
             "Estonia holds the rotating presidency until the end of June. At the meeting the ministers signed a memorandum "
             "of understanding on military medical cooperation. Latvia joined the group in 2004. Lithuania and Poland "
             "have policed Estonian airspace since 2005. Norway buys its ammunition in Finland.\n\n"
             "Finnish Defence Minister Odile Varnas held a bilateral with Swedish Defence Minister Peder Lisko on the margins "
             "of the meeting.\n")


def test_a_headline_with_a_verb_is_not_the_lead_that_tells_the_occasion(nlp):
    # the dateline's town is unknown, so the lead starts after the headline; the headline (a verb, no
    # occasion) is not the lead: "the meeting" is the lead's annual meeting on Wednesday
    x = extract_text(nlp, HEADLINED, PUBLISHED)
    mt = meetings_by_participants(x)[("Odile Varnas", "Peder Lisko")]
    assert mt.date is not None and mt.date.iso == "2027-02-17"


def test_a_headline_that_names_the_occasion_stays_the_lead(nlp):
    # must not move past the headline: "... at Suva meeting" names the occasion and its city
    text = ("Island defence ministers back joint surveillance plan at Suva meeting\n\n"
            "Regional correspondent\n\n"
            "Defence ministers from across the region have agreed to pool aerial surveillance, at a two-day meeting in "
            "the Fijian capital that wrapped up on Friday.\n\n"
            "Finnish Defence Minister Odile Varnas held talks with Swedish Defence Minister Peder Lisko on the sidelines "
            "of the meeting.\n")
    x = extract_text(nlp, text, PUBLISHED)
    assert place_name(x, meetings_by_participants(x)[("Odile Varnas", "Peder Lisko")]) == "Suva"
