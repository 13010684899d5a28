"""A post's head word before a ministry written in lower case, its country first and a comma
after it ("the undersecretary of Ruritania's ministry of defence, Dr X"), as some papers write
ministries: the post is the ministry's ("Undersecretary of the Ministry of Defence"), in that
country. A lower-case ministry with more words after it is no post's. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_undersecretary_of_a_countrys_lowercase_ministry(nlp):
    x = extract_text(nlp, (
        "Singh will co-chair the committee with the undersecretary of Oman's ministry of defence, "
        "Dr Salim Rashid Al-Harthy, at the ministry's headquarters on Wednesday, officials said."
    ))
    assert ("Salim Rashid Al-Harthy", "Undersecretary of the Ministry of Defence", "OMN") in holdings(x)


def test_the_same_post_capitalised(nlp):
    x = extract_text(nlp, (
        "Singh will co-chair the committee with the Undersecretary of Oman's Ministry of Defence, "
        "Dr Salim Rashid Al-Harthy, on Wednesday."
    ))
    assert ("Salim Rashid Al-Harthy", "Undersecretary of the Ministry of Defence", "OMN") in holdings(x)


def test_a_lowercase_ministry_going_on_is_no_post(nlp):
    x = extract_text(nlp, (
        "Singh met the head of Oman's ministry of defence procurement wing, Salim Rashid Al-Harthy, on Wednesday."
    ))
    assert not any(t == "Head of the Ministry of Defence" for _, t, _ in holdings(x))
