"""A hyphenated given name whose first part is an English stop word ("Per-Olof", "Per" = "per"):
the model takes no person there; after "Mr" it is a name all the same."""

from __future__ import annotations

from extract_helpers import extract_text, person_names, posts_held


def test_hyphened_given_name_after_mr(nlp):
    x = extract_text(nlp, "The 2nd Brunei-Finland Defence Policy Dialogue, co-chaired by Deputy Secretary (Policy) Mr Dario "
                          "Pell and Finnish Director-General for Defence Policy Mr Per-Olof Lindqvar, was held in Helsinki "
                          "on 2 March 2025.")
    assert "Per-Olof Lindqvar" in person_names(x)
    assert ("Director-General for Defence Policy", "FIN", None) in posts_held(x)["Per-Olof Lindqvar"]


def test_hyphened_stop_words_after_a_name_stay_out(nlp):
    # a hyphened phrase of stop words is no given name: "Mr Lindqvar" ends before it
    x = extract_text(nlp, "Finnish Defence Minister Mr Tuomas Lindqvar said Over-the-Horizon radars were discussed in Helsinki "
                          "on Monday.")
    assert person_names(x) == ["Tuomas Lindqvar"]
