"""An international body's official visiting a country's city hosts no one there: a post named without a
country, held by whom the official meets during that visit, is the host country's, not the article's
home country's by default."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, holdings

LEAD = ("MADRID, March 12, 2025 (AFP) - Spanish Defence Minister Ana Ruiz and her Portuguese counterpart Nuno Melo "
        "pledged on Tuesday to speed up work on a joint air defence system, Spanish officials said.\n\n"
        "Spain and Portugal are also part of a group of southern NATO members, Spanish officials said.\n\n"
        "NATO Secretary General Mark Rutte is due in Athens on Thursday to meet Greek Defence Minister Nikos Dendias.\n\n")


@pytest.mark.parametrize("talks,title", [
    ("Rutte is also expected to hold talks with Prime Minister Andreas Kostas during the two-day visit, a NATO official said.",
     "Prime Minister"),
    ("Rutte will also call on President Eleni Markou during the two-day visit.", "President"),
    ("Rutte is also expected to be received by Prime Minister Andreas Kostas during the visit.", "Prime Minister"),
])
def test_post_of_whom_the_official_meets_is_the_hosts(nlp, talks, title):
    held = holdings(extract_text(nlp, LEAD + talks))
    assert any(t == title and c == "GRC" for _, t, c in held)
    assert not any(t == title and c == "ESP" for _, t, c in held)


def test_post_with_its_country_named_is_kept(nlp):
    talks = "Rutte is also expected to hold talks with Portuguese Foreign Minister Paulo Rangel during the two-day visit."
    held = holdings(extract_text(nlp, LEAD + talks))
    assert any(name == "Paulo Rangel" and c == "PRT" for name, _, c in held)
