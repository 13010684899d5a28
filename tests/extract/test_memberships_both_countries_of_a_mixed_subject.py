""""Both countries" after a sentence whose subject names only one of the pair ("A is a member of
F, in which B is an observer. Both countries are members of G"): the two countries that sentence
names stand for the pair; a sentence naming three or more gives no pair."""

from __future__ import annotations

from extract_helpers import extract_text, membership_triples


def test_both_countries_are_the_two_the_sentence_before_names(nlp):
    cases = {
        "Kenya is a member of the Lakes Security Forum, in which Ghana has held observer status since 2020. "
        "Both countries are also members of the African Naval Symposium.": ("KEN", "GHA", "African Naval Symposium"),
        "Chile sits on the Andean Defence Council, where Peru has observer status. The two countries are "
        "members of the Pacific Naval Symposium.": ("CHL", "PER", "Pacific Naval Symposium"),
        "Norway said it would back Finland's bid. Both countries are members of the Arctic Coast Guard Forum.":
            ("NOR", "FIN", "Arctic Coast Guard Forum"),
    }
    for text, (a, b, body) in cases.items():
        triples = membership_triples(extract_text(nlp, text))
        assert (a, body, "member") in triples and (b, body, "member") in triples, (text, triples)


def test_no_pair_from_a_sentence_naming_three(nlp):
    text = ("Kenya is a member of the Lakes Security Forum with Ghana and Togo. Both countries are also members of "
            "the African Naval Symposium.")
    triples = membership_triples(extract_text(nlp, text))
    assert not any(body == "African Naval Symposium" for _, body, _ in triples), triples
