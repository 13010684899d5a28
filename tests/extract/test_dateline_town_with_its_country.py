"""A dateline "TOWN, Country, 3 May 2025 (AGENCY) –" names a town even when the gazetteer lacks it
(its country written after it says it is one); the day may come before the month. Invented text."""

from __future__ import annotations

from datetime import date

from extract_helpers import article_mentions, extract_text, meetings_by_participants, place_name

PUBLISHED = date(2025, 5, 3)


def test_a_town_the_gazetteer_lacks_followed_by_its_country(nlp):
    m = article_mentions(nlp, "Headline about a defence meeting\n\nKAPIRI MPOSHI, Zambia, 3 May 2025 (ZANIS) – "
                         "Defence Minister Peter Banda held talks with his Malawian counterpart John Phiri here "
                         "yesterday.\n", PUBLISHED)
    assert m.dateline_place is not None and m.places[m.dateline_place].name == "Kapiri Mposhi"
    assert m.places[m.dateline_place].country == "ZMB"


def test_the_meeting_here_is_in_that_town(nlp):
    x = extract_text(nlp, "KAPIRI MPOSHI, Zambia, 3 May 2025 (ZANIS) – Defence Minister Peter Banda held talks "
                     "with his Malawian counterpart John Phiri here yesterday.\n", PUBLISHED)
    talks = meetings_by_participants(x)[("John Phiri", "Peter Banda")]
    assert place_name(x, talks) == "Kapiri Mposhi" and talks.date.iso == "2025-05-02"


def test_a_word_before_no_country_is_no_town(nlp):
    m = article_mentions(nlp, "LATEST NEWS, Defence, 3 May 2025 – Defence Minister Peter Banda held talks with his "
                         "Malawian counterpart John Phiri yesterday.\n", PUBLISHED)
    assert m.dateline_place is None
