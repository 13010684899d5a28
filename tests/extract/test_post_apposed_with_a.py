""""X, a deputy minister of defence of Latvia,": a post apposed with "a"/"an" (one of several holders)
is held by the name before the comma, as with "the"; not "a former deputy minister" nor "a defence
minister's aide" (another's post)."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held

TEXT = "Lithuanian Defence Minister Alen Grubic met Andres Tammsaar, {}, in Vilnius on Monday."


def test_post_apposed_with_a(nlp):
    for post in ("a deputy minister of defence of Latvia", "an Estonian deputy defence minister"):
        x = extract_text(nlp, TEXT.format(post))
        assert [t for t, _, _ in posts_held(x).get("Andres Tammsaar", [])] == ["Deputy Defence Minister"], post


def test_former_or_anothers_post_with_a(nlp):
    for post in ("a former deputy defence minister of Latvia", "a defence minister's aide"):
        x = extract_text(nlp, TEXT.format(post))
        assert not posts_held(x).get("Andres Tammsaar"), post
