""""his Greek counterpart X ... The Greek Minister of National Defence also met Y": a post written
with a country, when no one was named with that post, stands for the one person of that country
named before without a title of his own (a counterpart's post is told only through the host's)."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants

LEAD = "Defence Minister Ana Ruiz on Monday hosted her Portuguese counterpart Joao Pinto in Madrid.\n\n"


def test_the_countrys_minister_of_defence_is_the_counterpart(nlp):
    text = LEAD + (
        "The Portuguese Minister of National Defence also paid a courtesy call on King Felipe Ortega at the palace "
        "on Monday afternoon."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Felipe Ortega", "Joao Pinto") in met
    assert met[("Felipe Ortega", "Joao Pinto")].date.iso == "2025-03-10"


def test_the_countrys_defence_minister_met_a_general(nlp):
    text = LEAD + "The Portuguese Defence Minister later met Army chief General Luis Gomez."
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Joao Pinto", "Luis Gomez") in met


def test_the_countrys_minister_met(nlp):
    text = LEAD + "The Portuguese minister also held talks with Chief of Defence Staff Admiral Pedro Lago."
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Joao Pinto", "Pedro Lago") in met


def test_another_countrys_minister_is_not_the_counterpart(nlp):
    text = LEAD + "The Italian minister also held talks with Chief of Defence Staff Admiral Pedro Lago."
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Joao Pinto", "Pedro Lago") not in met


def test_the_countrys_minister_is_the_counterpart_beside_an_untitled_compatriot(nlp):
    # the counterpart holds the host's post (mirrored); the compatriot named with no post is no minister
    text = (
        "Defence Minister Ana Ruiz on Monday hosted her Portuguese counterpart Joao Pinto and Rui Sousa of Portugal "
        "in Madrid.\n\n"
        "The Portuguese minister also held talks with Chief of Defence Staff Admiral Pedro Lago."
    )
    met = meetings_by_participants(extract_text(nlp, text))
    assert ("Joao Pinto", "Pedro Lago") in met
    assert not any("Rui Sousa" in k and "Pedro Lago" in k for k in met)
