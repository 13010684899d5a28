""""Defence Secretary Shri A called on Tanzania's Minister of Defence B in Dodoma": a release
whose courtesy words ("Shri", "Smt") or posts ("Raksha Mantri") only India's official English
uses is written from India, whether or not it names India; its country-less posts are India's,
not the host's. A story without such forms keeps the host's reading."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_a_release_with_indian_courtesy_words_gives_its_untold_posts_to_india(nlp):
    x = extract_text(nlp, "Defence Secretary Shri Arjun Mehra called on Tanzania's Minister of Defence Dr Neema Mollel "
                          "in Dodoma on Tuesday. Chief of the Army Staff General Vivek Rawat accompanied him.")
    held = holdings(x)
    assert ("Vivek Rawat", "Chief of Army Staff", "IND") in held and ("Arjun Mehra", "Defence Secretary", "IND") in held


def test_a_story_without_such_forms_does_not_become_indian(nlp):
    # must not fire: nothing says the story is written from India
    x = extract_text(nlp, "Chief of the Army Staff General Vivek Rawat called on Tanzania's Minister of Defence Dr Neema "
                          "Mollel in Dodoma on Tuesday.")
    assert not any(country == "IND" for _, _, country in holdings(x))
