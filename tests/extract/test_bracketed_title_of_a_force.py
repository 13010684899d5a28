"""A post in brackets after a name that ends with the force it heads ("X (Chief of the General Staff
of the National Army)") is the name's post, as it is without the force ("X (Chief of the General Staff)")."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_bracketed_title_of_a_force(nlp):
    x = extract_text(nlp, "Latvia's defence minister Tomas Verhaal met Brig. Gen. Arvid Kolmen (Chief of the General Staff "
                          "of the National Army) at the Military Academy in Riga on Monday.")
    assert ("Arvid Kolmen", "Chief of General Staff", "LVA") in holdings(x)


def test_bracketed_title_of_a_force_with_its_country(nlp):
    x = extract_text(nlp, "Latvia's defence minister Tomas Verhaal met Brig. Gen. Arvid Kolmen (Chief of Staff "
                          "of the Armed Forces of Latvia) at the Military Academy in Riga on Monday.")
    assert any(person == "Arvid Kolmen" and country == "LVA" for person, _, country in holdings(x))


def test_bracket_with_more_than_a_force_after_the_title_names_no_post(nlp):
    x = extract_text(nlp, "Latvia's defence minister Tomas Verhaal met Brig. Gen. Arvid Kolmen (who thanked the Chief of the "
                          "General Staff of the National Army Day committee) at the Military Academy in Riga on Monday.")
    assert not any(person == "Arvid Kolmen" for person, _, _ in holdings(x))
