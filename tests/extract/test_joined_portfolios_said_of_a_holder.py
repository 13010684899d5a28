"""A minister's post joining two portfolios, said of a holder named before it ("X, who is
Ruritania's Minister of Defence and Civic Affairs, ..."): the post keeps both portfolios, and a
counterpart's mirrored defence post gives way to it. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 8, 19)

VISIT = (
    "Zimbabwe's Defence Minister Tendai Moyo received his Zambian counterpart, Dr Bwalya Kalenga, in Harare yesterday. "
    "Kalenga, who is Zambia's Minister of Defence and Civic Affairs, is leading a ten-member delegation."
)


def test_the_post_said_of_the_holder_keeps_both_portfolios(nlp):
    found = holdings(extract_text(nlp, VISIT, PUBLISHED))
    assert ("Bwalya Kalenga", "Minister of Defence and Civic Affairs", "ZMB") in found
    # the counterpart's mirrored post is his told one, not a second "Defence Minister"
    assert ("Bwalya Kalenga", "Defence Minister", "ZMB") not in found


def test_a_post_after_also_keeps_both_portfolios(nlp):
    text = "Dr Bwalya Kalenga, who is also Minister of Defence and Civic Affairs of Zambia, arrived in Harare on Monday."
    assert ("Bwalya Kalenga", "Minister of Defence and Civic Affairs", "ZMB") in holdings(extract_text(nlp, text, PUBLISHED))


def test_and_before_a_description_is_no_second_portfolio(nlp):
    text = "Dr Bwalya Kalenga, who is Zambia's Minister of Defence and a retired general, arrived in Harare on Monday."
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Bwalya Kalenga", "Defence Minister", "ZMB") in found
    assert not any("and" in title for _, title, _ in found)
