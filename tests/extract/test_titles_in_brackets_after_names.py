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


def test_a_second_post_led_by_an_advisers_word_in_the_brackets(nlp):
    # the second post is no title the lexicon knows in full; its head word ("Adviser") marks it a post
    x = extract_text(nlp, "Polish Gen. Tomasz Wrona (Chief of General Staff and Senior Presidential Adviser for Cyber Defence) "
                          "met Lithuanian Defence Minister Rasa Jukneviciene in Vilnius on Monday.")
    assert {("Tomasz Wrona", "Chief of General Staff", "POL"),
            ("Tomasz Wrona", "Senior Presidential Adviser for Cyber Defence", "POL")} <= holdings(x)


def test_a_second_bracketed_run_without_a_posts_head_word_is_no_post(nlp):
    x = extract_text(nlp, "Polish Gen. Tomasz Wrona (Chief of General Staff and Cyber Defence Operations) "
                          "met Lithuanian Defence Minister Rasa Jukneviciene in Vilnius on Monday.")
    assert not any(title == "Cyber Defence Operations" for _, title, _ in holdings(x))
