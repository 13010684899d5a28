"""A release's layout label ("NEWS RELEASE") above a title-case headline: the headline's verb after a
bare title is no person ("Finnish Minister for Defence Visits Brunei"), and the host's own officials,
whose titles name no country, stay the host's."""

from __future__ import annotations

from extract_helpers import extract_text, person_names, posts_held

RELEASE = ("NEWS RELEASE\nFinnish Minister for Defence Visits Brunei\n\n"
           "Minister for Defence Mr Tomas Arlen hosted Finnish Minister for Defence Mr Bram Kostel at the Ministry of "
           "Defence this morning. Mr Kostel is on an official visit to Brunei from 10 to 13 March 2025.\n\n"
           "Permanent Secretary (Defence) Mr Oren Valdez held a meeting with Finnish officials on defence technology "
           "this afternoon.\n\nBrunei and Finland enjoy warm defence relations.")


def test_headline_verb_after_a_bare_title_is_no_person(nlp):
    x = extract_text(nlp, RELEASE)
    assert "Visits" not in person_names(x)
    assert {"Tomas Arlen", "Bram Kostel", "Oren Valdez"} <= set(person_names(x))


def test_hosts_official_under_a_release_label_is_the_hosts(nlp):
    held = posts_held(extract_text(nlp, RELEASE))
    assert ("Permanent Secretary (Defence)", "BRN", None) in held["Oren Valdez"]


def test_one_word_name_in_a_headline_named_again_stays(nlp):
    # a one-word name the body writes again, capitalised, is a name, not a headline's word
    x = extract_text(nlp, "Minister Kostel Visits Brunei\n\nFinnish Defence Minister Kostel arrived in Bandar Seri Begawan "
                          "on Monday for talks with Brunei's Minister of Defence Tomas Arlen. Kostel also visited a base.")
    assert "Kostel" in person_names(x)
