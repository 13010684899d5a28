"""A name in double quotes before its bracketed acronym ('the so-called "Blue Lance Initiative"
(BLI)') ends before its closing quote; an unquoted one is read as before (sentences written for
these tests)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_the_closing_quote_is_no_part_of_the_name(nlp):
    x = extract_text(nlp, 'Chile and Peru launched the so-called "Blue Lance Initiative" (BLI) last year.')
    assert framework_kinds(x) == {"Blue Lance Initiative": "Initiative"}


def test_an_unquoted_name_with_its_acronym(nlp):
    x = extract_text(nlp, "Chile and Peru launched the Blue Lance Initiative (BLI) last year.")
    assert framework_kinds(x) == {"Blue Lance Initiative": "Initiative"}
