""""visited the Ruritanian Navy's Chief of Staff Office": a post's title followed by "Office",
"Secretariat" or "Headquarters" names a place or a body, not the post's holder; a holder's name
after a title still is one."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_a_posts_office_or_secretariat_is_no_person(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Ilze Rudens visited the Estonian Navy's Chief of Staff Office in "
                          "Tallinn on Monday. She later toured the Chief of Defence Staff Secretariat.")
    names = person_names(x)
    assert "Office" not in names and "Secretariat" not in names
    assert "Ilze Rudens" in names


def test_a_holder_named_after_the_title_is_still_a_person(nlp):
    # must not fire on a name: "the Estonian Navy's Chief of Staff Tarmo Lepp visited the Headquarters"
    x = extract_text(nlp, "Latvian Defence Minister Ilze Rudens met the Estonian Navy's Chief of Staff Tarmo Lepp at "
                          "the Defence Forces Headquarters in Tallinn on Monday.")
    assert "Tarmo Lepp" in person_names(x)
