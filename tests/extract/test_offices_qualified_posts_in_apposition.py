"""A word qualifying a post ("acting", "interim") between a name's apposition comma and its title,
written in lower case: the name before the comma still holds the post; on sentences written for
these tests."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, holdings, meeting_pairs


@pytest.mark.parametrize("qualifier", ["acting", "interim", "caretaker"])
def test_a_lower_case_qualifier_after_a_country_keeps_the_holding(nlp, qualifier):
    x = extract_text(nlp, f"Lena Varga, Hungary's {qualifier} defence minister, met Czech Defence Minister Tomas Novak in Budapest on Monday.")
    assert ("Lena Varga", "Defence Minister", "HUN") in holdings(x)


def test_a_lower_case_qualifier_after_the_keeps_the_meeting_under_a_dateline(nlp):
    x = extract_text(nlp, "Budapest, March 10 -- Lena Varga, the acting defence minister, met Czech Defence Minister "
                          "Tomas Novak on Monday.")
    assert ("Lena Varga", "Tomas Novak") in meeting_pairs(x)


def test_a_former_minister_in_apposition_holds_no_post(nlp):
    x = extract_text(nlp, "Lena Varga, Hungary's former defence minister, met Czech Defence Minister Tomas Novak in Budapest on Monday.")
    assert not any(person == "Lena Varga" for person, _, _ in holdings(x))
