"""Meetings and offices on news phrasings met in the extra4 tuning set (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text, holdings, meeting_pairs, person_names

_extract = partial(extract_text, published=date(2025, 4, 2))


def test_a_name_written_with_and_without_jr_is_one_person_named_without_it(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves held talks with Chilean Defence Minister Tomas Herrera Jr. in Brasilia on Monday. "
                      "\"Glad to receive Minister Tomas Herrera in Brasilia,\" Pedro Alves said.")
    assert person_names(x) == ["Pedro Alves", "Tomas Herrera"]
    herrera = next(p for p in x.persons if p.name == "Tomas Herrera")
    assert any(a.startswith("Tomas Herrera Jr") for a in herrera.aliases)


def test_a_jr_name_never_written_without_it_keeps_the_suffix(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves held talks with Chilean President Tomas Herrera Jr in Santiago on Monday.")
    assert person_names(x) == ["Pedro Alves", "Tomas Herrera Jr"]



def test_and_his_counterpart_after_a_talks_partner_is_a_second_partner(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves will travel to Lima next week to attend the regional defence conference, where he is "
                      "expected to hold bilateral talks with Chilean Defence Minister Tomas Herrera and his Peruvian counterpart "
                      "Lt Gen Jorge Valdivia on the sidelines, the ministry said on Monday.")
    assert meeting_pairs(x) == {("Pedro Alves", "Tomas Herrera"), ("Jorge Valdivia", "Pedro Alves")}


def test_his_wife_after_a_talks_partner_is_not_a_partner(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves held talks with Chilean Defence Minister Tomas Herrera and his wife Ana Herrera "
                      "hosted a dinner for the delegation in Lima on Monday.")
    assert ("Ana Herrera", "Pedro Alves") not in meeting_pairs(x)


def test_a_bare_title_two_people_hold_is_the_one_the_article_speaks_of_most(nlp):
    x = _extract(nlp, "Defence Secretary Pedro Alves arrived in Santiago on Sunday. Alves and Chile's Defence Secretary Tomas Herrera "
                      "co-chaired the 5th Brazil-Chile Defence Dialogue in Santiago on March 10, 2025. On Tuesday, the Defence Secretary "
                      "called on Chilean Navy chief Admiral Jorge Valdivia in Santiago.")
    assert ("Jorge Valdivia", "Pedro Alves") in meeting_pairs(x)
    assert ("Jorge Valdivia", "Tomas Herrera") not in meeting_pairs(x)


def test_a_bare_title_with_a_country_is_that_country_holder(nlp):
    x = _extract(nlp, "Defence Secretary Pedro Alves and Chile's Defence Secretary Tomas Herrera co-chaired the 5th Brazil-Chile Defence "
                      "Dialogue in Santiago on March 11, 2025. Pedro Alves thanked the hosts. On Tuesday, the Chilean Defence Secretary "
                      "called on Brazilian Navy chief Admiral Jorge Valdivia in Santiago.")
    assert ("Jorge Valdivia", "Tomas Herrera") in meeting_pairs(x)
    assert ("Jorge Valdivia", "Pedro Alves") not in meeting_pairs(x)


def _statuses(x) -> dict[tuple[str, ...], tuple[str, str | None]]:
    by_key = {p.key: p.name for p in x.persons}
    return {tuple(sorted(by_key[k] for k in mt.participants)): (mt.status, mt.date.iso if mt.date else None) for mt in x.meetings}


def test_a_call_coordinated_with_a_scheduled_meeting_stays_held(nlp):
    # 2025-04-02 is a Wednesday: "on Tuesday" was the day before, "on Thursday" the day after
    x = _extract(nlp, "Chilean Defence Minister Tomas Herrera, who is visiting Brazil from March 31 to April 4, called on National "
                      "Security Adviser Pedro Alves on Tuesday and is scheduled to meet Chief of Defence Staff Gen Jorge Valdivia on Thursday.")
    assert _statuses(x)[("Pedro Alves", "Tomas Herrera")] == ("held", "2025-04-01")
    assert _statuses(x)[("Jorge Valdivia", "Tomas Herrera")] == ("planned", "2025-04-03")


def test_scheduled_talks_are_planned(nlp):
    x = _extract(nlp, "Officials said the scheduled talks between Defence Minister Pedro Alves and Chilean Defence Minister "
                      "Tomas Herrera in Brasilia are on track.")
    assert _statuses(x)[("Pedro Alves", "Tomas Herrera")][0] == "planned"


def test_a_deputy_premier_for_defence_keeps_the_whole_title(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves met Chile's Deputy Prime Minister for Defence Affairs Tomas Herrera and "
                      "Peru's Minister for Defence Affairs Jorge Valdivia in Lima on Monday.")
    assert holdings(x) >= {("Tomas Herrera", "Deputy Prime Minister for Defence Affairs", "CHL"),
                           ("Jorge Valdivia", "Defence Affairs Minister", "PER")}
    assert ("Tomas Herrera", "Defence Affairs Minister", "CHL") not in holdings(x)


def test_a_national_defence_force_is_a_service_of_its_chief_of_staff(nlp):
    x = _extract(nlp, "Pedro Alves also called on the Chief of Staff of the Chile Defence Force, Lt Gen Tomas Herrera, in Santiago.")
    assert holdings(x) == {("Tomas Herrera", "Defence Force Chief of Staff", "CHL")}


def test_a_holder_travelling_abroad_takes_no_office_country_from_the_sentence(nlp):
    # Brazil is the article's home (named most); Chile is where the Prime Minister went
    x = _extract(nlp, "Defence Minister Pedro Alves said Brazil values its ties with Chile. "
                      "The minister's visit to Santiago follows the visit of Prime Minister Tomas Herrera to Chile in May, "
                      "during which Brazil signed a pact.")
    assert ("Tomas Herrera", "Prime Minister", "BRA") in holdings(x)
    assert ("Tomas Herrera", "Prime Minister", "CHL") not in holdings(x)


def test_a_holder_met_in_a_city_takes_its_country(nlp):
    x = _extract(nlp, "Pedro Alves arrived in Santiago on Monday, where he called on Prime Minister Tomas Herrera.")
    assert ("Tomas Herrera", "Prime Minister", "CHL") in holdings(x)


def test_with_whom_he_held_a_meeting_is_a_meeting_with_the_person_described(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves will travel to Lima next week. The Minister is also scheduled to meet Chilean Defence "
                      "Minister Tomas Herrera, with whom he held a virtual meeting on March 3 to discuss a joint exercise.")
    kinds = sorted((mt.status, mt.kind) for mt in x.meetings)
    assert kinds == [("held", "virtual"), ("planned", "talks")]
    assert meeting_pairs(x) == {("Pedro Alves", "Tomas Herrera")}


def test_with_whom_he_served_is_no_meeting(nlp):
    x = _extract(nlp, "Defence Minister Pedro Alves praised General Tomas Herrera, with whom he served in the army.")
    assert not x.meetings



def test_where_he_is_expected_to_call_on_x_takes_the_journeys_day(nlp):
    # published Wednesday 2025-04-02: "on Thursday" is 2025-04-03
    x = _extract(nlp, "The Navy chief Admiral Pedro Alves will travel to Santiago on Thursday, where he is expected to call on "
                      "Chief of Defence Forces of Chile General Tomas Herrera and review training needs.")
    assert _statuses(x)[("Pedro Alves", "Tomas Herrera")] == ("planned", "2025-04-03")


def test_a_date_clause_of_a_non_journey_gives_no_day(nlp):
    x = _extract(nlp, "Admiral Pedro Alves praised the drills on Thursday, where he is expected to call on General Tomas Herrera.")
    assert all(mt.date is None for mt in x.meetings)
