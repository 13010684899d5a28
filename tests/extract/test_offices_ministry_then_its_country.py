"""An official of a ministry whose country is written after the ministry ("Permanent Secretary of the
Ministry of Defence of Estonia, X") or before it as a noun ("Permanent Secretary of the UK Ministry of
Defence"): the name is the official's and the post is of that country, not lent to the other side;
on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_ministrys_country_after_it_is_the_posts(nlp):
    text = ("Defence Secretary Marek Zielinski held a virtual meeting with the Permanent Secretary of the Ministry of "
            "Defence of Estonia, Kadri Tamm, on February 20, 2026.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kadri Tamm", "Permanent Secretary", "EST") in found
    assert not any(p == "Marek Zielinski" and c == "EST" for p, _, c in found)


def test_the_country_of_the_ministry_written_after_the_ministry_with_the(nlp):
    text = ("Defence Secretary Marek Zielinski held a virtual meeting with the Permanent Secretary of the Ministry of "
            "Defence of the United Kingdom, Kadri Tamm, on February 20, 2026.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kadri Tamm", "Permanent Secretary", "GBR") in found
    assert not any(p == "Marek Zielinski" and c == "GBR" for p, _, c in found)


def test_a_country_noun_before_the_ministry_is_the_posts(nlp):
    text = ("Defence Secretary Marek Zielinski held talks with Kadri Tamm, Permanent Secretary of the UK Ministry of "
            "Defence, in London on February 20, 2026.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kadri Tamm", "Permanent Secretary", "GBR") in found
    assert not any(p == "Marek Zielinski" and c == "GBR" for p, _, c in found)


def test_a_name_before_the_title_takes_the_ministrys_country_after_it(nlp):
    # the name set off before the title is the official's, the country after the ministry the post's
    text = ("Kadri Tamm, Permanent Secretary of the Ministry of Defence of Estonia, said on Friday that Estonia "
            "would buy more air defence systems.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Kadri Tamm", "Permanent Secretary", "EST") in found
