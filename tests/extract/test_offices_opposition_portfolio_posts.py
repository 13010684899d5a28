"""The opposition's posts shadowing a portfolio ("Opposition defence spokesperson X", "Shadow
Defence Secretary X", "Shadow Minister for Defence X") are offices of the country the story is told
from, named for the portfolio. On sentences written for these tests."""

from __future__ import annotations

from datetime import date

import pytest
from extract_helpers import extract_text, holdings

PUBLISHED = date(2025, 3, 12)
LEAD = ("Australia's Defence Minister Richard Moore met Fiji's Defence Minister Tomasi Vuki in Canberra on Monday. "
        "Australia will train more Fijian officers, and Australia will fund a new wharf. ")


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text, PUBLISHED))


@pytest.mark.parametrize(
    "sentence, title",
    [
        ("Opposition defence spokesperson Andrew Hale said the programme was welcome.", "Opposition Defence Spokesperson"),
        ("The opposition defence spokesman, Andrew Hale, questioned the cost.", "Opposition Defence Spokesperson"),
        ("Shadow Defence Minister Andrew Hale said the deal came late.", "Shadow Defence Minister"),
        ("Shadow Minister for Defence Andrew Hale said the deal came late.", "Shadow Defence Minister"),
        # one post, one name, however the portfolio is written
        ("Opposition national defence spokesperson Andrew Hale said the programme was welcome.", "Opposition Defence Spokesperson"),
        ("Shadow Minister for the Armed Forces Andrew Hale said the deal came late.", "Shadow Armed Forces Minister"),
        # the portfolio after the noun, in that order
        ("Opposition Spokesman on Defence Andrew Hale said the deal came late.", "Opposition Spokesman on Defence"),
        ("The opposition spokeswoman on defence, Andrew Hale, questioned the cost.", "Opposition Spokeswoman on Defence"),
    ],
)
def test_an_opposition_post_shadowing_a_portfolio_is_an_office(nlp, sentence, title):
    held = _held(nlp, LEAD + sentence)
    assert ("Andrew Hale", title, "AUS") in held
    assert not any(name == "Andrew Hale" and t == "Defence Minister" for name, t, _ in held)


def test_a_plain_spokesperson_makes_no_portfolio_post(nlp):
    held = _held(nlp, LEAD + "A spokesperson, Andrew Hale, said the programme was welcome.")
    assert not any(name == "Andrew Hale" for name, _, _ in held)


def test_a_spokesperson_on_a_topic_that_is_no_portfolio_makes_no_post(nlp):
    held = _held(nlp, LEAD + "The opposition spokesman on the wharf, Andrew Hale, said the cost was high.")
    assert not any(name == "Andrew Hale" for name, _, _ in held)
