"""Short forms of surname-first names after "Mr" and title-case headline words taken for a name
(invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meeting_pairs, person_names

_extract = partial(extract_text, published=date(2025, 6, 20))

_TWO_TANS = ("Minister for Defence Mr Tan Wei Ming visited Thailand on Monday. "
             "Mr Tan met Thai Defence Minister General Somchai Wongsuwan in Bangkok.\n\n"
             "Mr Tan was accompanied by Permanent Secretary (Defence) Mr Tan Boon Huat.")


# -- "Mr Tan" for "Tan Wei Ming": the surname comes first -----------------------------------------

def test_courtesy_surname_is_the_person_named_before_with_that_surname_first(nlp):
    x = _extract(nlp, _TWO_TANS)
    assert ("Somchai Wongsuwan", "Tan Wei Ming") in meeting_pairs(x)
    assert not any("Tan Boon Huat" in pair for pair in meeting_pairs(x))  # named only after the short forms


def test_courtesy_title_before_a_full_name_is_no_short_form(nlp):
    x = _extract(nlp, _TWO_TANS)
    assert person_names(x) == ["Somchai Wongsuwan", "Tan Boon Huat", "Tan Wei Ming"]


def test_courtesy_surname_no_one_bears_stays_unresolved(nlp):
    x = _extract(nlp, "Minister for Defence Mr Tan Wei Ming visited Thailand on Monday. "
                      "Mr Lim met Thai Defence Minister General Somchai Wongsuwan in Bangkok.")
    assert ("Somchai Wongsuwan", "Tan Wei Ming") not in meeting_pairs(x)


# -- a title-case headline's verb and nouns after a title ------------------------------------------

def test_headline_words_written_in_lower_case_below_are_no_name(nlp):
    x = _extract(nlp, "Prime Minister Wraps Up Official Visit to Kenya\n\n"
                      "Prime Minister Tan Wei Ming wrapped up an official visit to Kenya on Friday. "
                      "Mr Tan met President Samuel Otieno in Nairobi.")
    assert "Wraps Up Official Visit" not in person_names(x)
    assert ("Samuel Otieno", "Tan Wei Ming") in meeting_pairs(x)


def test_a_name_in_a_headline_stays_a_person(nlp):
    x = _extract(nlp, "Ghana Hosts Defence Minister Kamala Ferreira\n\n"
                      "Defence Minister Kamala Ferreira began a visit to Ghana on Friday. "
                      "Ferreira met President Kwame Mensah in Accra.")
    assert "Kamala Ferreira" in person_names(x)
