"""A plural title or rank before listed surnames ("Ministers Vidal and Quispe", "Admirals Kerr and
Boyd") is no part of the first name: the surnames stand for the people named in full elsewhere."""

from __future__ import annotations

from extract_helpers import extract_text


def person_names(x) -> set[str]:
    return {p.name for p in x.persons}


def test_plural_minister_before_two_surnames(nlp):
    x = extract_text(nlp, "French Defence Minister Anne Morel hosted German Defence Minister Klaus Weber in Paris on Tuesday. "
                          "Ministers Morel and Weber then visited a shipyard.")
    assert person_names(x) == {"Anne Morel", "Klaus Weber"}


def test_plural_rank_before_two_surnames(nlp):
    x = extract_text(nlp, "Navy chief Admiral Ian Kerr hosted Admiral Tom Boyd in Auckland on Monday. "
                          "Later, Admirals Kerr and Boyd visited the naval base.")
    assert not any(name.startswith("Admirals") for name in person_names(x))


def test_plural_word_in_a_given_name_stays(nlp):
    x = extract_text(nlp, "Defence Minister Tomas Vidal met Ambassador Charles Mena in La Paz on Tuesday.")
    assert "Charles Mena" in person_names(x)
