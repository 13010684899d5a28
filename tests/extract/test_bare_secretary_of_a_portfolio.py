""""the Secretary of International Defense Affairs, X," : a secretary of a portfolio the lexicon
lacks, its holder set off in commas, kept as written. Not a secretary whose holder is unnamed.
Articles written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings

PUBLISHED = date(2027, 2, 27)


def test_secretary_of_a_portfolio_with_its_holder_in_commas(nlp):
    x = extract_text(nlp, "SANTIAGO, Feb 27 - Latvian Defence Minister Andris Kalnins ended his visit to Chile. Before "
                          "flying home yesterday, he held a meeting with the Secretary of International Defense Affairs, "
                          "Tomas Ibarra, at the ministry.\n", PUBLISHED)
    assert any(h[0] == "Tomas Ibarra" and h[1].startswith("Secretary of International Defen") for h in holdings(x)), holdings(x)


def test_secretary_of_a_portfolio_with_no_holder_is_no_post(nlp):
    # must not fire
    x = extract_text(nlp, "SANTIAGO, Feb 27 - Latvian Defence Minister Andris Kalnins met Chilean Defence Minister Pablo "
                          "Ossandon. The Secretary of International Defense Affairs, who was absent, sent a message.\n", PUBLISHED)
    assert not any(h[1].startswith("Secretary of International") for h in holdings(x)), holdings(x)
