"""A policy or doctrine "known as" quoted words names a policy by them, lower case or not ('a defence
policy known as the "three noes,"', "a foreign policy known as 'strategic patience'"); quoted words given
to anything else (a ship, a person) name no framework (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_quoted_words_known_as_name_a_policy(nlp):
    for text, name in (
            ('Lima maintains a defence policy known as the "three noes," which rules out foreign bases.', "three noes"),
            ("Chile follows a foreign policy known as 'strategic patience', Lopez said.", "strategic patience"),
            ('The doctrine, known as the "two red lines", guides Ruvalia.', "two red lines"),
            ('Ostravia keeps a security strategy known as "armed watchfulness" on its border.', "armed watchfulness")):
        kinds = framework_kinds(extract_text(nlp, text))
        assert kinds.get(name) == "Policy", (text, kinds)


def test_quoted_words_given_to_no_policy_name_nothing(nlp):
    for text in ('The ship, known as the "grey lady," was retired by the Ruvalian navy.',
                 'Kessel, known as "the professor" among officers, met Lopez in Lima.'):
        kinds = framework_kinds(extract_text(nlp, text))
        assert not kinds, (text, kinds)
