"""A holder written "<given name> <initial>. <surname>" right after a portfolio the lexicon lacks
("Undersecretary for Defense Policy Arnel B. Dacumos") keeps the given name: when the model reads
only "B. Dacumos" as the name, the word before the initial is the holder's given name, not the
portfolio's last word."""

from __future__ import annotations

from extract_helpers import extract_text, person_names, posts_held

DIALOGUE = ("On Monday, Undersecretary for Defense Policy {name} and Norway's Secretary of Defence, Ingrid Solberg, "
            "co-chaired the 2nd Norway-Philippines Defense Strategic Dialogue in Manila.")


def test_given_name_before_a_middle_initial_is_the_holders(nlp):
    x = extract_text(nlp, DIALOGUE.format(name="Isidro C. Lumbao"))
    names = person_names(x)
    assert "C. Lumbao" not in names
    held = posts_held(x)
    holder = next(n for n in names if n.startswith("Isidro"))
    assert any(t == "Undersecretary for Defence Policy" for t, _, _ in held[holder])


def test_name_of_initial_and_surname_keeps_the_portfolio(nlp):
    # no given name written: the capitalised word before the initial is the portfolio's
    x = extract_text(nlp, "On Monday, Minister of Defence Policy K. Dacumos and Norway's Secretary of Defence, "
                          "Ingrid Solberg, co-chaired the dialogue in Manila.")
    held = posts_held(x)
    assert not any(n.startswith("Policy") for n in held)
