"""A retired rank marked "(Ret'd)" between a title and the holder's name ("Prime Minister Brigadier
(Ret'd) X", "the Vice President, Major General (Ret'd) X"), as "(Retd)" and "(Rtd)" are: the name
after it holds the title; a retired officer merely met by a title holder holds none."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_title_rank_and_retired_mark_before_the_name(nlp):
    x = extract_text(nlp, "Guyana's Prime Minister Brigadier (Ret'd) Mark Phillips was in Region Six on Friday.")
    assert ("Mark Phillips", "Prime Minister", "GUY") in holdings(x)


def test_name_in_commas_after_the_title(nlp):
    x = extract_text(nlp, "The delegation later called on the Vice President of Ghana, Major General (Ret'd) Kofi Mensah, in Accra.")
    assert ("Kofi Mensah", "Vice President", "GHA") in holdings(x)


def test_curly_apostrophe(nlp):
    x = extract_text(nlp, "National Security Adviser Air Marshal (Ret’d) Ines Koval of Kenya received the visitors.")
    assert ("Ines Koval", "National Security Advisor", "KEN") in holdings(x)


def test_retired_officer_met_by_a_title_holder_holds_no_title(nlp):
    x = extract_text(nlp, "Ghana's Prime Minister met Brigadier (Ret'd) Kofi Mensah in Accra on Monday.")
    assert not any(name == "Kofi Mensah" for name, _, _ in holdings(x))
