"""A country named only in background sentences (no person in them, beside the sides' own: "an
exercise which A and B have staged together since 2004") does not take the story's unqualified
titles from the country it is filed from, on articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 5, 2)

LEAD = ("CANBERRA: Defence Minister Tomas Verhoeven will pay a two-day official visit to Chile on May 9-10, "
        "the defence ministry said on Monday.\n\n")
BACKGROUND = ("The two sides are also likely to discuss Southern Star, the largest French-led naval exercise in the "
              "region, which Chile and France have staged together since 2004.\n")


def test_a_third_country_in_background_leaves_the_title_to_the_dateline(nlp):
    held = holdings(extract_text(nlp, LEAD + BACKGROUND, PUBLISHED))
    assert ("Tomas Verhoeven", "Defence Minister", "AUS") in held
    assert not any(country == "FRA" for _, _, country in held)


def test_the_dateline_country_named_by_an_envoys_title_still_tells_the_home(nlp):
    # "Australia's Ambassador to Chile" names the dateline's country in a title: still the story's home
    text = (LEAD.rstrip() + " Verhoeven will hold talks with his Chilean counterpart Ramon Iturbe Solis in Santiago. "
            "Australia's Ambassador to Chile, Mark Dunleavy, said the visit was important for Australia.\n\n"
            "The two sides are also likely to discuss Australian participation in Southern Star, the largest "
            "French-led naval exercise in the region, which Chile and France have staged together since 2004.\n")
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Tomas Verhoeven", "Defence Minister", "AUS") in held
    assert ("Ramon Iturbe Solis", "Defence Minister", "CHL") in held


def test_a_dateline_where_the_lead_goes_is_not_made_the_home(nlp):
    # the lead visits the dateline's country: the dateline tells where the visit is, not whence
    text = LEAD.replace("CANBERRA", "SANTIAGO") + BACKGROUND
    held = holdings(extract_text(nlp, text, PUBLISHED))
    assert not any(name == "Tomas Verhoeven" and country == "CHL" for name, _, country in held)
