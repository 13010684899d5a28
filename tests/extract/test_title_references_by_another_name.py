"""A title without a name and with a country ("the Indian Army chief") stands for the person of that
country named before with another name of the same post ("Chief of the Army Staff") when no one
holds the title as written (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_helpers import extract_text, meeting_pairs

_extract = partial(extract_text, published=date(2025, 10, 9))

LEAD = ("Defence Minister Omar Al Falasi received General Arjun Mehta, Chief of the Army Staff of India, in Abu Dhabi "
        "on Wednesday. ")


@pytest.mark.parametrize("sentence", [
    "On Tuesday, Minister of State Khalid Al Shamsi met the Indian Army chief at the Ministry of Defence in Abu Dhabi.",
    "Minister of State Khalid Al Shamsi also held talks with the Indian Army Chief in Abu Dhabi.",
    "Earlier, the Indian army chief called on Minister of State Khalid Al Shamsi in Abu Dhabi.",
])
def test_the_army_chief_is_the_chief_of_the_army_staff_named_before(nlp, sentence):
    pairs = meeting_pairs(_extract(nlp, LEAD + sentence))
    assert ("Arjun Mehta", "Khalid Al Shamsi") in pairs


def test_another_countrys_army_chief_is_not_him(nlp):
    # "the Emirati Army chief": no Emirati holder of the post was named; no meeting of Mehta's
    pairs = meeting_pairs(_extract(nlp, LEAD + "On Tuesday, Minister of State Khalid Al Shamsi met the Emirati Army chief "
                                              "in Abu Dhabi."))
    assert ("Arjun Mehta", "Khalid Al Shamsi") not in pairs
