"""A known body's acronym opening a framework's name belongs to the name ("the ADMM Maritime
Exercise 2026"): no sentence starts between two words one space apart, though the model may end
one at an acronym (invented sentences)."""

from __future__ import annotations

from extract_helpers import extract_text, framework_kinds


def test_known_acronym_opens_an_exercise_name(nlp):
    names = framework_kinds(extract_text(nlp, "Officers reviewed plans for the ADMM Maritime Exercise 2026, which Laos will host in May."))
    assert names.get("ADMM Maritime Exercise 2026") == "Exercise"
    assert "Maritime Exercise 2026" not in names


def test_no_sentence_starts_between_words_on_one_line(nlp):
    doc = nlp("Officers reviewed plans for the ADMM Maritime Exercise 2026, which Laos will host in May.")
    assert [t.text for t in doc if t.is_sent_start] == ["Officers"]


def test_a_stop_still_ends_a_sentence(nlp):
    doc = nlp("Officers met the ADMM chair. Maritime drills follow in May.")
    assert [t.text for t in doc if t.is_sent_start] == ["Officers", "Maritime"]
