"""An officer known by one name after a rank written in full ("Admiral Suharto" style, as
Indonesian releases write them) is named by that one name, the rank no part of it; a short rank
that is also a given name ("Gen X") stays in the name. On sentences written for these tests."""

from __future__ import annotations

import pytest
from extract_helpers import extract_text, holdings, person_names


@pytest.mark.parametrize("rank", ["Admiral", "General", "Air Marshal"])
def test_a_full_rank_before_one_name_is_no_part_of_it(nlp, rank):
    x = extract_text(nlp, f"DILI, March 10 - Timorese Navy Chief of Staff {rank} Wiratmoko met Fijian Defence Minister Mele Tau in Dili on Monday."
                          " Wiratmoko said ties were strong.")
    assert "Wiratmoko" in person_names(x)
    assert not any(n.endswith(" Wiratmoko") for n in person_names(x))
    assert ("Wiratmoko", "Navy Chief of Staff", "TLS") in holdings(x)


def test_a_short_rank_that_is_a_given_name_stays(nlp):
    x = extract_text(nlp, "TOKYO, March 10 - Japan's Defence Minister Gen Takamura met Fijian Defence Minister Mele Tau in Tokyo on Monday.")
    assert "Gen Takamura" in person_names(x)
