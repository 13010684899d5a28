"""The head of a state or province named with it ("the Governor of Kerala, X", "the Chief
Minister of Tamil Nadu, X") or by "the state's" after the state is named ("flew to Kerala, where
he was received by the state's Governor, X"): the post is the state's, in its country. A
governor of a body ("Governor of the Central Bank") is no state's. On sentences written for these tests."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def test_governor_of_a_one_word_state(nlp):
    x = extract_text(nlp, "The minister will call on the Governor of Kerala, Shri Varun Mehrotra, at Raj Bhavan on Friday.")
    assert ("Varun Mehrotra", "Governor of Kerala", "IND") in holdings(x)


def test_governor_of_a_state_of_two_words(nlp):
    x = extract_text(nlp, "The minister called on the Governor of Tamil Nadu, Shri Varun Mehrotra, at Raj Bhavan.")
    assert ("Varun Mehrotra", "Governor of Tamil Nadu", "IND") in holdings(x)


def test_the_states_governor_after_the_state_is_named(nlp):
    x = extract_text(nlp, (
        "On Thursday, the minister flew to Kerala, where he was received by the state's Governor, "
        "Varun Mehrotra, at Raj Bhavan."
    ))
    assert ("Varun Mehrotra", "Governor of Kerala", "IND") in holdings(x)


def test_governor_of_a_bank_is_no_states(nlp):
    x = extract_text(nlp, "The minister met the Governor of the Central Bank of Ruritania, Varun Mehrotra, on Friday.")
    assert not any(t.startswith("Governor of Kerala") or t == "Governor of India" for _, t, _ in holdings(x))
