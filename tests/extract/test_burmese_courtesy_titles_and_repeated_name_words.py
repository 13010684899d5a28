"""Burmese names: a courtesy title ("U", "Daw") before a name whose words the model reads as other
words ("U Than Swe": "than"), and a name word written twice that is also a Malay honorific ("Tun
Tun Naing"): the whole name holds the post, never the title alone or the last word."""

from __future__ import annotations

import pytest

from extract_helpers import extract_text, posts_held


@pytest.mark.parametrize("text, name, title", [
    ("Myanmar's Union Minister for Foreign Affairs U Than Swe met Thai Foreign Minister Maris Sangiampongsa in Yangon "
     "on Monday.", "U Than Swe", "Foreign Affairs Minister"),
    ("Thai Foreign Minister Maris Sangiampongsa held talks with Myanmar Foreign Minister U Than Htike in Bangkok.",
     "U Than Htike", "Foreign Affairs Minister"),
    ("Indian Ambassador Abhay Thakur called on Myanmar's Minister for Home Affairs U Tun Tun Naing on Tuesday.",
     "U Tun Tun Naing", "Home Affairs Minister"),
    ("Indian Ambassador Abhay Thakur called on Myanmar's Home Affairs Minister Tun Tun Naing on Tuesday.",
     "Tun Tun Naing", "Home Affairs Minister"),
])
def test_burmese_name_after_a_title_is_whole(nlp, text, name, title):
    x = extract_text(nlp, text)
    assert title in [t for t, _, _ in posts_held(x).get(name, [])]
    assert not {"U", "Naing", "Swe", "Htike"} & {p.name for p in x.persons}


def test_initial_u_and_malay_tun_unchanged(nlp):
    x = extract_text(nlp, "Mongolian President U. Khurelsukh received former Malaysian Prime Minister Tun Ahmad Sarji "
                          "Hamid in Ulaanbaatar on Monday.")
    names = {p.name for p in x.persons}
    assert "U. Khurelsukh" in names and "Ahmad Sarji Hamid" in names
