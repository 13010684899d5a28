"""A post written in brackets right after a name is the person's, as one set off by commas is, on
sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings, meeting_pairs


def test_a_post_in_brackets_after_an_apposed_name(nlp):
    text = ("Peru's top diplomat, Elena Quispe Rojas (Minister of Foreign Affairs), met Chilean Defence Minister "
            "Tomas Herrera in Lima on Monday.")
    x = extract_text(nlp, text)
    assert ("Elena Quispe Rojas", "Foreign Affairs Minister", "PER") in holdings(x)
    assert meeting_pairs(x) == {("Elena Quispe Rojas", "Tomas Herrera")}


def test_posts_in_brackets_after_each_name(nlp):
    text = "Elena Quispe (Peru's Defence Minister) met Tomas Herrera (Chile's Foreign Minister) in Lima on Monday."
    held = holdings(extract_text(nlp, text))
    assert ("Elena Quispe", "Defence Minister", "PER") in held
    assert ("Tomas Herrera", "Foreign Affairs Minister", "CHL") in held


def test_brackets_that_go_on_past_the_post_give_no_holder(nlp):
    # the brackets hold more than the post: "(Defence Minister at the time)" says no more who holds it now
    text = "Elena Quispe (Defence Minister from 2019 to 2021) met Chilean Defence Minister Tomas Herrera in Lima on Monday."
    held = holdings(extract_text(nlp, text))
    assert not any(name == "Elena Quispe" for name, _, _ in held)
