"""An air force's regional command head, "Air Officer Commanding-in-Chief", written with its command
in commas or after "of", as the navy's and army's "... Officer Commanding-in-Chief" are. Articles
written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_command_head_with_the_command_in_commas(nlp):
    held = holdings(extract_text(nlp, "NEW DELHI: Air Marshal Devesh Rathore, Air Officer Commanding-in-Chief, Western "
                                      "Air Command, reviewed the passing out parade at the academy on Saturday.\n", PUBLISHED))
    assert ("Devesh Rathore", "Air Officer Commanding-in-Chief, Western Air Command", "IND") in held


def test_the_command_head_with_the_command_after_of(nlp):
    held = holdings(extract_text(nlp, "NEW DELHI: Air Marshal Devesh Rathore, Air Officer Commanding-in-Chief of Central "
                                      "Air Command, visited the forward bases in Assam on Monday.\n", PUBLISHED))
    assert ("Devesh Rathore", "Air Officer Commanding-in-Chief of Central Air Command", "IND") in held


def test_the_post_without_a_name_makes_no_holder(nlp):
    # must not fire: no one is named beside the post
    held = holdings(extract_text(nlp, "NEW DELHI: The Air Officer Commanding-in-Chief of Central Air Command reviewed "
                                      "the parade on Saturday.\n", PUBLISHED))
    assert not held
