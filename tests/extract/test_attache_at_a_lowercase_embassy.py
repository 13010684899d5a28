""""the naval attaché at the Latvian embassy in Vilnius": a mission written lowercase after its
country's adjective is the post's station, its country the post's (not the host's, where the
meeting is); a capitalised "Embassy" was already read so."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held


def test_attache_at_a_lowercase_embassy(nlp):
    x = extract_text(nlp, "Lithuanian Defence Minister Alen Grubic met Commodore Karel Vostrand, the naval attaché at the "
                          "Latvian embassy in Vilnius, on Monday.")
    assert [c for _, c, _ in posts_held(x).get("Karel Vostrand", [])] == ["LVA"]


def test_attache_of_a_country_named_before(nlp):
    x = extract_text(nlp, "Lithuanian Defence Minister Alen Grubic met Commodore Karel Vostrand, the Latvian naval attaché at "
                          "the embassy in Vilnius, on Monday.")
    assert [c for _, c, _ in posts_held(x).get("Karel Vostrand", [])] == ["LVA"]
