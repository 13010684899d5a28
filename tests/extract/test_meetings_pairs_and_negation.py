"""Meetings: "no meeting between", "the two" of the meeting just told, a pair acting on a thing,
and a dateline month that is no surname (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, meeting_pairs

_extract = partial(extract_text, published=date(2025, 4, 2))


def _pairs(x):
    names = {p.key: p.name for p in x.persons}
    return sorted((tuple(sorted(names[k] for k in mt.participants)), mt.status) for mt in x.meetings)


def test_no_meeting_between_two_persons_is_no_meeting(nlp):
    x = _extract(nlp, "There was no bilateral meeting between Defence Minister Pedro Alves of Chile and Peruvian Defence Minister Jorge Salas, officials said.")
    assert x.meetings == []


def test_the_two_last_met_is_an_earlier_meeting_of_the_pair_just_told(nlp):
    x = _extract(nlp, "Pedro Alves of Chile will travel to Lima, where he is expected to hold talks with Peruvian Defence Minister Jorge Salas on Monday. "
                      "The two had last met on the sidelines of a summit in Quito in March.")
    assert _pairs(x) == [(("Jorge Salas", "Pedro Alves"), "held"), (("Jorge Salas", "Pedro Alves"), "planned")]


def test_the_two_ministers_acting_on_a_thing_is_no_new_meeting(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves of Chile held talks with Peruvian Defence Minister Jorge Salas in Lima on Monday. "
                      "The two ministers welcomed the conduct of the fifth edition of Exercise Andes Shield in March and agreed to expand "
                      "training exchanges, officials said.")
    assert _pairs(x) == [(("Jorge Salas", "Pedro Alves"), "held")]


def test_a_month_before_a_day_in_the_dateline_is_no_surname(nlp):
    x = _extract(nlp, "QUITO, Jun 12 (PTI) Defence Minister Pedro Alves of Chile on Thursday held bilateral talks with his Ecuadorian "
                      "counterpart Gen Luis Mora in Quito.\n\nHe also met Vietnamese Defence Minister General Tran Jun on the sidelines.")
    assert _pairs(x) == [(("Luis Mora", "Pedro Alves"), "held"), (("Pedro Alves", "Tran Jun"), "held")]


def test_a_title_only_one_country_uses_refers_to_that_countrys_holder(nlp):
    x = _extract(nlp, "Defence Minister Rajnath Singh received Peruvian Defence Minister Jorge Salas in New Delhi on Monday. "
                      "Chilean Defence Minister Pedro Alves is expected to hold talks with the Raksha Mantri in May.")
    assert _pairs(x) == [(("Jorge Salas", "Rajnath Singh"), "held"), (("Pedro Alves", "Rajnath Singh"), "planned")]


def test_a_bare_title_without_its_portfolio_refers_to_the_holder_of_the_full_post(nlp):
    x = _extract(nlp, "QUITO: Minister of State Carlos Vega received Jorge Salas, Cabinet Secretary for Defence of Peru, in Quito on Tuesday. "
                      "The Peruvian Cabinet Secretary, who is on an official visit, also called on General Luis Mora, Chief of Staff of "
                      "the Ecuadorian Armed Forces.")
    assert (("Jorge Salas", "Luis Mora"), "held") in _pairs(x)


def test_welcoming_a_decision_or_receiving_a_letter_of_someone_is_no_meeting_with_them(nlp):
    for text in (
        "Defence Minister Carlos Ruiz welcomed the decision of President Ana Soto to raise the defence budget.",
        "Defence Minister Carlos Ruiz received a letter from Ghana's Defence Minister Kofi Mensah on Monday.",
    ):
        assert _extract(nlp, text).meetings == [], text


def test_welcoming_the_delegation_of_someone_or_a_call_from_them_is_a_meeting(nlp):
    for text in (
        "Defence Minister Carlos Ruiz welcomed the delegation of Ghana's Defence Minister Kofi Mensah in Lima on Monday.",
        "Defence Minister Carlos Ruiz received a courtesy call from Ghana's Defence Minister Kofi Mensah in Lima on Monday.",
    ):
        assert meeting_pairs(_extract(nlp, text)) == {("Carlos Ruiz", "Kofi Mensah")}, text


def test_an_envoy_with_a_visitor_of_their_own_country_is_no_meeting(nlp):
    text = (
        "Chile's Defence Minister Ana Torres arrived in Lima on Monday. She was received at the airport by "
        "Chile's Ambassador to Peru Jorge Fuentes. Later, Torres held talks with Peru's Defence Minister Luis Quispe."
    )
    assert meeting_pairs(_extract(nlp, text)) == {("Ana Torres", "Luis Quispe")}


def test_an_envoy_calling_on_a_host_official_is_a_meeting(nlp):
    text = "Chile's Ambassador to Peru Jorge Fuentes called on Peru's Defence Minister Luis Quispe in Lima on Monday."
    assert meeting_pairs(_extract(nlp, text)) == {("Jorge Fuentes", "Luis Quispe")}


def test_a_meeting_called_off_in_the_same_sentence_is_no_meeting(nlp):
    for text in (
        "Peru's Defence Minister Luis Quispe was scheduled to meet Chile's Defence Minister Maya Fernandez on Friday, "
        "but the meeting was cancelled.",
        "Peru's Defence Minister Luis Quispe's meeting with Chile's Defence Minister Maya Fernandez was called off.",
    ):
        assert _extract(nlp, text).meetings == [], text


def test_another_occasion_called_off_leaves_the_meeting(nlp):
    text = ("Peru's Defence Minister Luis Quispe will meet Chile's Defence Minister Maya Fernandez on Friday "
            "after a visit to the border was cancelled.")
    x = _extract(nlp, text)
    assert meeting_pairs(x) == {("Luis Quispe", "Maya Fernandez")}
    assert x.meetings[0].status == "planned"


def test_not_attending_but_calling_is_a_call(nlp):
    text = ("Bolivia's Defence Minister Edmundo Novillo did not attend the Lima talks but held a telephone "
            "conversation with Peru's Defence Minister Luis Quispe.")
    x = _extract(nlp, text)
    assert meeting_pairs(x) == {("Edmundo Novillo", "Luis Quispe")}
    assert x.meetings[0].kind == "telephone"


def test_not_travelling_and_meeting_is_no_meeting(nlp):
    for text in (
        "Bolivia's Defence Minister Edmundo Novillo did not travel to Lima and meet Peru's Defence Minister Luis Quispe.",
        "Bolivia's Defence Minister Edmundo Novillo cancelled his trip and did not meet Peru's Defence Minister Luis Quispe.",
    ):
        assert _extract(nlp, text).meetings == [], text


def test_a_meeting_told_within_a_called_off_visit_goes_with_it(nlp):
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves's visit to Lima, where he was to meet his Peruvian counterpart Jorge Salas, was cancelled.")
    assert _pairs(x) == []
    x = _extract(nlp, "The visit, during which Chilean Defence Minister Pedro Alves was to hold talks with Peruvian Defence Minister Jorge Salas, has been postponed.")
    assert _pairs(x) == []
    # another occasion called off leaves the meeting: "after his visit to X was cancelled"
    x = _extract(nlp, "Chilean Defence Minister Pedro Alves met Peruvian Defence Minister Jorge Salas in Lima after his visit to Quito was cancelled.")
    assert _pairs(x) == [(("Jorge Salas", "Pedro Alves"), "held")]
