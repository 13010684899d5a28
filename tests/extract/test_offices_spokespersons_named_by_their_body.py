"""A spokesperson's post named by the words before the noun ("Palace spokesman X", "presidential
spokeswoman X", "navy spokesperson Cdr X") is an office kept as written, on invented sentences; the
other shapes of a spokesman ("a spokesman for X", "the spokesman, X,") name no post."""

from __future__ import annotations

from extract_helpers import extract_text, holdings


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text))


def test_capitalised_body_before_spokesman(nlp):
    got = _held(nlp, "LIMA, May 4 - Peruvian President Ana Rojas will travel to Cusco next week, Presidential Palace spokesman Pablo Soto said.")
    assert ("Pablo Soto", "Presidential Palace spokesman", "PER") in got


def test_lower_case_presidential_spokeswoman(nlp):
    got = _held(nlp, "Peruvian President Ana Rojas received the Chilean minister in Lima today, presidential spokeswoman Lucia Vargas said.")
    assert ("Lucia Vargas", "Presidential spokeswoman", "PER") in got


def test_service_spokesperson_with_rank(nlp):
    got = _held(nlp, "\"The exercise builds trust,\" Peruvian Navy spokesperson Cdr Pablo Soto said on Monday.")
    assert ("Pablo Soto", "Navy spokesperson", "PER") in got


def test_spokesman_for_a_body_or_in_commas_names_no_post(nlp):
    for text in ("A spokesman for the Peruvian ministry, Pablo Soto, said the talks went well.",
                 "The Peruvian spokesman, Pablo Soto, said the talks went well.",
                 "Peruvian spokesman Pablo Soto said the talks went well.",
                 "Peruvian Ministry spokesman Pablo Soto said the talks went well."):
        got = _held(nlp, text)
        assert not any(person == "Pablo Soto" for person, _, _ in got), text
