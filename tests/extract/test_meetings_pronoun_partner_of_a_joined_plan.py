"""A planned meeting joined to a held one in the same sentence, its partner told by a pronoun:
"him"/"her" is the one person the subject just met, after the verb or after "with" (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

import pytest
from extract_helpers import extract_text, participant_names, place_name

_extract = partial(extract_text, published=date(2025, 6, 18))


@pytest.mark.parametrize("sentence", [
    "Vice Admiral Jorge Ruiz, commander of the Peruvian Navy, exchanged views by phone on Monday with the Chilean Navy "
    "commander, Admiral Pablo Soto, and plans to hold talks with him on the sidelines of a naval fair in Quito next month.",
    "Vice Admiral Jorge Ruiz spoke by phone with Admiral Pablo Soto on Monday and will meet him in Quito next month.",
])
def test_the_pronoun_is_the_partner_just_met(nlp, sentence):
    x = _extract(nlp, sentence)
    planned = [mt for mt in x.meetings if mt.status == "planned"]
    assert len(planned) == 1
    assert participant_names(x, planned[0]) == ["Jorge Ruiz", "Pablo Soto"]
    assert place_name(x, planned[0]) == "Quito"


def test_no_partner_when_two_were_met(nlp):
    x = _extract(nlp, "Vice Admiral Jorge Ruiz spoke by phone with Admiral Pablo Soto and General Rosa Vidal on Monday "
                      "and will meet him in Quito next month.")
    assert not [mt for mt in x.meetings if mt.status == "planned"]
