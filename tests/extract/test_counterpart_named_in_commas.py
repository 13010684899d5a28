""""his Estonian counterpart, Ivo Tamm, on Monday": a name of two words set off by commas after
"counterpart" is the counterpart's, even when the model reads it as a firm's; whatever the
publication date (the weekday's resolution must not change who is named)."""

from __future__ import annotations

from datetime import date

import pytest

from extract_helpers import extract_text, meeting_pairs, person_names

LEAD = "Latvian Defence Minister Andris Kalnins held a meeting with his Estonian counterpart, "


@pytest.mark.parametrize("day", [9, 10, 11, 13, 15])
def test_a_name_in_commas_after_counterpart_is_kept_on_any_date(nlp, day):
    x = extract_text(nlp, LEAD + "Ivo Tamm, on Monday in Riga.", date(2026, 11, day))
    assert "Ivo Tamm" in person_names(x)
    assert ("Andris Kalnins", "Ivo Tamm") in meeting_pairs(x)


def test_a_firm_named_after_the_comma_and_a_verb_is_no_person(nlp):
    x = extract_text(nlp, LEAD + "Baltic Defence Review reported.", date(2026, 11, 13))
    assert person_names(x) == ["Andris Kalnins"]


def test_a_name_set_off_before_his_counterpart_is_the_counterpart(nlp):
    # "met Y, his French counterpart,": Y holds the lead's post in France, named with a title or not
    from extract_helpers import holdings
    for named in ("Pierre Durand", "Minister Durand"):
        text = f"Latvian Defence Minister Andris Kalnins conferred with {named}, his French counterpart, in Paris on Monday."
        x = extract_text(nlp, text, date(2026, 11, 13))
        held = holdings(x)
        name = named.removeprefix("Minister ")
        assert (name, "Defence Minister", "FRA") in held, named
        assert ("Andris Kalnins", "Defence Minister", "LVA") in held


def test_a_name_after_counterpart_is_the_counterpart_not_the_one_before(nlp):
    from extract_helpers import holdings
    text = ("Latvian Defence Minister Andris Kalnins met Anna Berzina, his French counterpart Pierre Durand "
            "and the Estonian envoy in Paris on Monday.")
    held = holdings(extract_text(nlp, text, date(2026, 11, 13)))
    assert not any(person == "Anna Berzina" and country == "FRA" for person, _, country in held)
