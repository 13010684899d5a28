"""A body whose name lists its fields with commas ("Federal Department of Defence, Civil Protection
and Sport") is named whole in its head's post, its commas not counted in the name's length; a
"Centre" ends a body's name where a head word or "who heads" heads it, not where it is a venue."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held

MEETING = "Latvian Defence Minister Alen Grubic met Petra Lindqvale, {} the Federal Department of Defence, Civil Protection and Sport, in Bern on Monday."


def test_head_of_a_body_listing_its_fields(nlp):
    for lead in ("head of", "who heads"):
        x = extract_text(nlp, MEETING.format(lead))
        titles = [t for t, _, _ in posts_held(x).get("Petra Lindqvale", [])]
        assert "Head of the Federal Department of Defence, Civil Protection and Sport" in titles, (lead, titles)


def test_head_of_a_centre(nlp):
    for lead in ("head of", "who heads"):
        x = extract_text(nlp, f"Latvian Defence Minister Alen Grubic met Oskar Feldhain, {lead} the Joint Maritime Intelligence "
                              "Centre, in Tallinn on Monday.")
        titles = [t for t, _, _ in posts_held(x).get("Oskar Feldhain", [])]
        assert "Head of the Joint Maritime Intelligence Centre" in titles, (lead, titles)


def test_centre_as_a_venue_is_no_post(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic met Oskar Feldhain at the Joint Maritime Intelligence Centre "
                          "in Tallinn on Monday.")
    assert not posts_held(x).get("Oskar Feldhain")


def test_head_of_a_league(nlp):
    x = extract_text(nlp, "Latvian Defence Minister Alen Grubic met Andres Tammsaar, head of the Estonian Defence League, in "
                          "Tallinn on Monday.")
    assert [t for t, _, _ in posts_held(x).get("Andres Tammsaar", [])] == ["Head of the Estonian Defence League"]
