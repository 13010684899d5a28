"""A minister's chief of staff ("chief of staff to the Latvian defence minister", "the Latvian
defence minister's chief of staff") holds a staff post named with the principal, "Chief of Staff to
the Defence Minister", not the military "Chief of Staff" of the country."""

from __future__ import annotations

from extract_helpers import extract_text, posts_held


def _titles(x, name):
    return [t for t, _, _ in posts_held(x).get(name, [])]


def test_possessive_principal(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Karel Vostrand met Tomas Bellweather, the Latvian defence minister's chief "
                          "of staff, in Tallinn on Monday.")
    assert posts_held(x).get("Tomas Bellweather") == [("Chief of Staff to the Defence Minister", "LVA", None)]


def test_principal_after_to(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Karel Vostrand met Tomas Bellweather, chief of staff to the Latvian "
                          "defence minister, in Tallinn on Monday.")
    assert posts_held(x).get("Tomas Bellweather") == [("Chief of Staff to the Defence Minister", "LVA", None)]


def test_military_chief_of_staff_unchanged(nlp):
    x = extract_text(nlp, "Estonian Defence Minister Karel Vostrand met Lieutenant General Tomas Bellweather, Chief of Staff of "
                          "the Latvian Armed Forces, in Tallinn on Monday.")
    assert not any("to the" in t for t in _titles(x, "Tomas Bellweather"))
    assert _titles(x, "Tomas Bellweather")
