"""A post's name as written keeps no bracketed acronym of its body ("Chief of Staff of the Republican
Guard (RG)" is the "Chief of Staff of the Republican Guard"). On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, offices_held

TEXT = ("TUNIS - The Chief of Staff of the Republican Guard (RG), General Sami Trabelsi, received on Monday the "
        "Libyan Chief of General Staff, General Omar Fathi.")


def test_a_bodys_acronym_in_brackets_is_no_part_of_the_written_post(nlp):
    aliases = offices_held(extract_text(nlp, TEXT))["Sami Trabelsi"].aliases
    assert "Chief of Staff of the Republican Guard" in aliases
    assert not any("(RG)" in a for a in aliases)


def test_a_bracketed_portfolio_in_words_is_kept(nlp):
    text = "The delegation includes Secretary (Defence Production) Ravi Menon, India's defence ministry said."
    held = offices_held(extract_text(nlp, text))
    assert held["Ravi Menon"].title == "Secretary (Defence Production)" or "Secretary (Defence Production)" in held["Ravi Menon"].aliases
