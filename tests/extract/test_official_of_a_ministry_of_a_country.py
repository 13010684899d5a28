"""An official "of the Ministry of <portfolio> of <country>" holds the post written as the article
joins it to the ministry ("Permanent Secretary of the Ministry of Defence"), for that country; the
country after the ministry is not part of the post. Written "in the Ministry", the post keeps "in"."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text

PUBLISHED = date(2026, 3, 12)


def _aliases(nlp, text, person):
    x = extract_text(nlp, text, PUBLISHED)
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    return {(alias, offices[h.office].country) for h in x.holdings if names[h.person] == person
            for alias in [offices[h.office].title, *offices[h.office].aliases]}


def test_official_of_a_ministry_of_a_country_keeps_of(nlp):
    text = ("On the same day, Defence Secretary Arvind Kumar and the Permanent Secretary of the Ministry of Defence of "
            "Malta, Dr Maria Borg, will co-chair the committee in New Delhi.")
    assert ("Permanent Secretary of the Ministry of Defence", "MLT") in _aliases(nlp, text, "Maria Borg")


def test_official_in_a_ministry_of_a_country_keeps_in(nlp):
    text = ("On the same day, Defence Secretary Arvind Kumar and the Principal Secretary in the Ministry of Defence of "
            "Malta, Maria Borg, will co-chair the committee in New Delhi.")
    assert ("Principal Secretary in the Ministry of Defence", "MLT") in _aliases(nlp, text, "Maria Borg")
