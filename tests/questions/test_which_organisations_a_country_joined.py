"""`kg ask "which organisations has A joined"` (also "did A join", "has A taken part in") asks for
the bodies A is a member of: not those it only observes. Built from an invented article."""

from __future__ import annotations

ARTICLE = """ date 2026-03-12
SUVA: Fiji's Defence Minister Ana Tora met her Tongan counterpart Sione Vea in Suva on Tuesday. Tonga joined the Oceania Defence Organisation in 2024 and has held observer status at the Pacific Rim Security Organisation since 2002.
"""


def test_which_organisations_has_a_country_joined(article_answers):
    for question in ("which organisations has Tonga joined", "which organizations did Tonga join",
                     "which groupings has Tonga joined"):
        assert article_answers(question) == {"Oceania Defence Organisation"}, question


def test_an_observed_body_is_none_the_country_joined_but_one_it_took_part_in(article_answers):
    assert "Pacific Rim Security Organisation" not in article_answers("which organisations has Tonga joined")
    assert article_answers("which organisations has Tonga taken part in") == {"Oceania Defence Organisation", "Pacific Rim Security Organisation"}
