"""An envoy written with the capital they serve in ("the High Commissioner of Malta in New Delhi, X")
holds the post "High Commissioner to <the capital's country>" of the sending country, as the post
written with its host ("High Commissioner to India"); a city that is no capital names no host."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, posts_held

PUBLISHED = date(2026, 3, 12)
VISIT = ("NEW DELHI - Maltese Defence Minister Karl Borg arrived in New Delhi on Monday. He was accompanied by "
         "the {post}, Joseph Vella, and senior officials.")


def test_envoy_in_a_capital_is_the_envoy_to_its_country(nlp):
    posts = posts_held(extract_text(nlp, VISIT.format(post="High Commissioner of Malta in New Delhi"), PUBLISHED))
    assert ("High Commissioner to India", "MLT", None) in posts["Joseph Vella"]


def test_envoy_in_a_city_that_is_no_capital_names_no_host(nlp):
    posts = posts_held(extract_text(nlp, VISIT.format(post="Consul General of Malta in Mumbai"), PUBLISHED))
    assert not any(" to " in t for t, _, _ in posts.get("Joseph Vella", []))
