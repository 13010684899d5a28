""""Where did A and B first meet", "when did A last meet B": the pair's earliest (latest) meeting
held, of those with a day; a meeting still planned is neither. Asked of a small inline graph of
invented people."""

from __future__ import annotations

import pytest

from diplokg.ask import ask

GRAPH = """
@prefix dk: <https://w3id.org/diplokg/ontology#> .
@base <https://w3id.org/diplokg/id/> .
@prefix rdfs: <http://www.w3.org/2000/01/rdf-schema#> .
@prefix xsd: <http://www.w3.org/2001/XMLSchema#> .

<g/countries> {
  <country/hun> a dk:Country ; rdfs:label "Hungary" .
  <country/nor> a dk:Country ; rdfs:label "Norway" .
  <place/oslo> a dk:City ; rdfs:label "Oslo" .
  <place/budapest> a dk:City ; rdfs:label "Budapest" .
  <place/bergen> a dk:City ; rdfs:label "Bergen" .
}
<g/people> {
  <person/lena-varga> a dk:Person ; rdfs:label "Lena Varga" ; dk:nationality <country/hun> .
  <person/tomas-berg> a dk:Person ; rdfs:label "Tomas Berg" ; dk:nationality <country/nor> .
}
<g/meetings> {
  <meeting/budapest> a dk:Meeting ; dk:status "held" ; dk:meetingKind "talks" ; dk:date "2026-03-09"^^xsd:date ; dk:place <place/budapest> ;
      dk:participant <person/lena-varga> , <person/tomas-berg> .
  <meeting/oslo> a dk:Meeting ; dk:status "held" ; dk:meetingKind "talks" ; dk:date "2025"^^xsd:gYear ; dk:place <place/oslo> ;
      dk:participant <person/lena-varga> , <person/tomas-berg> .
  <meeting/bergen> a dk:Meeting ; dk:status "planned" ; dk:date "2026-09"^^xsd:gYearMonth ; dk:place <place/bergen> ;
      dk:participant <person/lena-varga> , <person/tomas-berg> .
}
"""


@pytest.mark.parametrize(
    ("question", "answers"),
    [
        ("where did Varga and Berg first meet", {"Oslo"}),
        ("When did Lena Varga and Tomas Berg first meet?", {"2025"}),
        ("where did Lena Varga first meet Tomas Berg", {"Oslo"}),
        ("where did Varga and Berg last meet", {"Budapest"}),
        ("when did Varga last meet Berg", {"2026-03-09"}),
        # without "first" or "last": every meeting of the pair held with a place
        ("where did Varga and Berg meet", {"Oslo", "Budapest"}),
    ],
)
def test_first_and_last_meeting_of_a_pair(store_and_linker, question, answers):
    store, linker = store_and_linker
    assert {a.text for a in ask(store, question, linker=linker).answers} == answers
