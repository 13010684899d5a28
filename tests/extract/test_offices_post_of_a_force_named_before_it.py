"""A name set off before "the <force>'s <title>" ("Rear Adm. X, the Polish Navy's Assistant Chief of
Naval Staff, called on ..."): the post is the name's, of the force's country; and an assistant chief is
not the chief; on sentences written for these tests."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, holdings, person_names

PUBLISHED = date(2026, 3, 12)


def test_a_forces_post_after_the_name_is_the_names(nlp):
    text = ("Rear Adm. Jan Kowalczyk, the Polish Navy's Assistant Chief of Naval Staff, called on the Chief of the "
            "Ghana Navy, Rear Admiral Kofi Mensah, in Accra on Friday.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jan Kowalczyk", "Assistant Chief of Naval Staff", "POL") in found
    assert ("Kofi Mensah", "Navy Chief", "GHA") in found


def test_an_assistant_chief_is_not_the_chief(nlp):
    text = ("Rear Admiral Jan Kowalczyk, Assistant Chief of Naval Staff, called on the Chief of the Ghana Navy, "
            "Rear Admiral Kofi Mensah, in Accra on Friday. Poland and Ghana signed a defence pact.")
    found = holdings(extract_text(nlp, text, PUBLISHED))
    assert ("Jan Kowalczyk", "Assistant Chief of Naval Staff", "POL") in found
    assert not any(p == "Jan Kowalczyk" and t == "Chief of Naval Staff" for p, t, _ in found)


def test_a_word_before_the_comma_that_is_no_name_takes_no_post(nlp):
    text = ("On Friday, the Polish Navy's Assistant Chief of Naval Staff, Rear Admiral Jan Kowalczyk, called on the "
            "Chief of the Ghana Navy in Accra.")
    x = extract_text(nlp, text, PUBLISHED)
    assert "Friday" not in person_names(x)
    assert ("Jan Kowalczyk", "Assistant Chief of Naval Staff", "POL") in holdings(x)
