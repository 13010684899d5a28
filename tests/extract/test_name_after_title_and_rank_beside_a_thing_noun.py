"""A name after a title and a military rank ("co-chair the Dialogue with the Deputy Minister for
Defence, Maj. Gen. X, in the capital") is a person, even when the parse hangs the name on the
dialogue (a thing noun) as its apposition, as a title right before the name already is. On
sentences written for these tests (invented names)."""

from __future__ import annotations

from extract_helpers import extract_text, person_names


def test_name_after_title_comma_and_abbreviated_rank(nlp):
    x = extract_text(nlp, "The next day, he will co-chair the 4th Defence Cooperation Dialogue with the Deputy Minister "
                          "for Defence, Maj. Gen. Thura Min Oo, in the capital.")
    assert "Thura Min Oo" in person_names(x)


def test_name_after_title_comma_and_brigadier(nlp):
    x = extract_text(nlp, "On Thursday, she will co-chair the 3rd Defence Policy Dialogue with the Vice Minister for "
                          "Defence, Brig. Gen. Aung Kyaw Htet, in the capital.")
    assert "Aung Kyaw Htet" in person_names(x)


def test_name_after_title_and_spelt_out_rank(nlp):
    x = extract_text(nlp, "Next week, he is due to co-chair the Defence Cooperation Dialogue with the Deputy Defence "
                          "Minister, Major General Bo Min Tun, in the capital.")
    assert "Bo Min Tun" in person_names(x)


def test_a_ship_named_after_an_admiral_stays_a_thing(nlp):
    # near case: a rank with no title before it, in apposition to a thing noun
    x = extract_text(nlp, "The Defence Minister toured the frigate, Admiral Gorshkov, in the port on Monday.")
    assert "Gorshkov" not in " ".join(person_names(x))
