""""Morocco's Inspector General of the Royal Armed Forces General X": a "<noun> General" post
written with "of" and the force it serves, before a rank and a name, is the force's post (kept as
written), not the bare "Inspector General". Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2026, 3, 12)


def test_the_force_after_of_is_the_posts(nlp):
    x = extract_text(nlp, "Jordan's Inspector General of the Armed Forces Major General Khalid Haddadeen met the "
                          "visiting Omani delegation in Amman on Monday.\n", PUBLISHED)
    assert ("Khalid Haddadeen", "Inspector General of the Armed Forces", "JOR") in holdings(x)


def test_a_general_post_without_a_named_holder_is_as_before(nlp):
    # must not fire: no one holds the post in the sentence
    x = extract_text(nlp, "The Inspector General of the Ministry said on Monday that the audit of the Armed Forces "
                          "found no fraud.\n", PUBLISHED)
    assert not holdings(x)


def test_a_force_named_in_one_word_is_the_posts(nlp):
    # a force's own one-word name ("the Bundeswehr" kind) ends in no force's word; the rank after
    # the comma marks the holder
    x = extract_text(nlp, "Peru's Defence Minister Pavel Drenk met Estonia's Inspector General of the Kaitsevark, "
                          "General Hans Obermaier, in Tallinn on Monday.\n", PUBLISHED)
    assert ("Hans Obermaier", "Inspector General of the Kaitsevark", "EST") in holdings(x)


def test_a_one_word_body_without_a_ranked_holder_is_as_before(nlp):
    # must not fire: no rank and name after the body
    x = extract_text(nlp, "Estonia's Inspector General of the Kaitsevark said on Monday that the audit found no fraud.\n",
                     PUBLISHED)
    assert not any("Kaitsevark" in title for _, title, _ in holdings(x))
