"""Heads of a police force or a uniformed service written before the holder's name ("Inspector
General of Police Jane Roe", "Commissioner General of the Ruritania Prisons Service John Roe"):
the title is a post and the name after it a person: on sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, holdings, person_names


@pytest.mark.parametrize(
    ("sentence", "holding"),
    [
        (("ABUJA, March 10 - Nigerian Defence Minister Bello Musa met Inspector General of Police Usman Lawal in "
         "Abuja on Tuesday to discuss border security."), ("Usman Lawal", "Inspector General of Police", "NGA")),
        (("COLOMBO, March 10 - Sri Lankan Defence Secretary Nuwan Perera met Deputy Inspector-General of Police "
         "Kamal Silva in Colombo on Tuesday."), ("Kamal Silva", "Deputy Inspector General of Police", "LKA")),
        (("KAMPALA, March 10 - Ugandan Internal Affairs Minister Grace Akello met the Commissioner General of the "
         "Uganda Prisons Service Moses Okello in Kampala on Tuesday."), ("Moses Okello", "Commissioner General", "UGA")),
        (("KAMPALA, March 10 - Ugandan Internal Affairs Minister Grace Akello met Deputy Commissioner General of the "
         "Uganda Revenue Service Ruth Nansubuga in Kampala on Tuesday."),
         ("Ruth Nansubuga", "Deputy Commissioner General", "UGA")),
    ],
)
def test_a_police_or_service_head_before_a_name(nlp, sentence, holding):
    x = extract_text(nlp, sentence)
    assert holding[0] in person_names(x)
    assert holding in holdings(x)


def test_a_high_commissioner_is_not_a_commissioner_general(nlp):
    x = extract_text(nlp, "KAMPALA, March 10 - Ugandan Defence Minister Grace Akello met British High Commissioner "
                          "Lisa Chesney in Kampala on Tuesday.")
    assert not any(t in ("Commissioner General", "Inspector General of Police") for _, t, _ in holdings(x))
