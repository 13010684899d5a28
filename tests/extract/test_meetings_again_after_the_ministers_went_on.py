""""The two defence ministers are expected to meet again in X in the autumn" after sentences that go on
about the pair as "the ministers" ("The ministers discussed ...", "the ministers signed ..."): a
planned meeting of the pair in X, which moves no one there for the story's later meetings."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, participant_names, place_name

TALKS = ("Minister of Defense of Mongolia Tomas Arveni, who paid an official visit to Uruguay on March 9-11, held "
         "talks with Uruguayan Defense Minister Leopold Halvard in Montevideo on March 10.\n\n")
WENT_ON = ("The ministers discussed the current state of bilateral defense cooperation. Following the talks, the "
           "ministers signed a Letter of Agreement on training. ")
AGAIN = "The two defense ministers are expected to meet again in Ulaanbaatar in the autumn.\n\n"
LATER = "On March 11, Arveni called on Marco Ferrat, National Security Adviser of Uruguay."


def _places(nlp, text: str) -> dict[tuple[str, ...], list[tuple[str, str | None]]]:
    """participants' names -> (status, place) of each of their meetings."""
    x = extract_text(nlp, text, published=date(2026, 3, 12))
    found: dict[tuple[str, ...], list[tuple[str, str | None]]] = {}
    for mt in x.meetings:
        found.setdefault(tuple(participant_names(x, mt)), []).append((mt.status, place_name(x, mt)))
    return found


def test_the_pair_meets_again_after_sentences_on_the_ministers(nlp):
    places = _places(nlp, TALKS + WENT_ON + AGAIN + LATER)
    assert ("planned", "Ulaanbaatar") in places[("Leopold Halvard", "Tomas Arveni")]
    assert places[("Marco Ferrat", "Tomas Arveni")] == [("held", "Montevideo")]


def test_a_sentence_naming_someone_else_still_breaks_the_pair(nlp):
    other = "The ministers were joined by Defence Secretary Karel Brandt of Uruguay. "
    places = _places(nlp, TALKS + other + AGAIN)
    assert ("planned", "Ulaanbaatar") not in places.get(("Leopold Halvard", "Tomas Arveni"), [])
