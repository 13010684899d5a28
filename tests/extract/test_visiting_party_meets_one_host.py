"""A visiting party of one side meeting one host sits together: "A and Ambassador B held talks
with C", "C hosted A and A's country's ambassador, B", "A, accompanied by B, ... A and B held
talks with C" give one meeting of all three, while hosts of one side receiving one visitor
("A and B received C") stay a pair per host (invented sentences)."""

from __future__ import annotations

from datetime import date
from functools import partial

from extract_helpers import extract_text

_extract = partial(extract_text, published=date(2025, 4, 7))


def _groups(x):
    names = {p.key: p.name for p in x.persons}
    return sorted(tuple(sorted(names[k] for k in mt.participants)) for mt in x.meetings)


def test_visitor_and_his_ambassador_held_talks_with_a_host(nlp):
    x = _extract(nlp, "Estonian Deputy Defence Minister Kaspar Ulgren arrived in Lisbon on Sunday for a three-day visit to Portugal. "
                      "On Monday, Ulgren and Estonian Ambassador Mats Orrvik held talks with Portuguese Foreign Minister Odile Varnas "
                      "at the Ministry of Foreign Affairs.")
    assert ("Kaspar Ulgren", "Mats Orrvik", "Odile Varnas") in _groups(x)


def test_host_received_a_visitor_and_his_countrys_ambassador(nlp):
    x = _extract(nlp, "Estonian Deputy Defence Minister Kaspar Ulgren is on a visit to Portugal. "
                      "On Wednesday, the chief of the general staff, General Tolvan Meresk, hosted Ulgren and Estonia's ambassador "
                      "to Portugal, Mats Orrvik, at the headquarters of the Western Army.")
    assert ("Kaspar Ulgren", "Mats Orrvik", "Tolvan Meresk") in _groups(x)


def test_visitor_and_the_officer_accompanying_her_held_talks_with_a_host(nlp):
    x = _extract(nlp, "The Estonian Minister for Defence, Liva Sarnik, today concluded a three-day visit to Portugal. "
                      "She was accompanied by Lieutenant General Jorvik Tallen (Chief of Staff of the Defence Forces).\n\n"
                      "On Monday, Sarnik and Tallen held talks with the Portuguese Minister of National Defence, "
                      "Peder Lisko, at the Ministry of National Defence in Lisbon.")
    assert ("Jorvik Tallen", "Liva Sarnik", "Peder Lisko") in _groups(x)


def test_two_hosts_receiving_one_visitor_stay_pairs(nlp):
    # must not fire: the hosts are not a visiting party, each may have received the guest in turn
    x = _extract(nlp, "Estonian Deputy Defence Minister Kaspar Ulgren is on a visit to Portugal. "
                      "On Monday, Portuguese Defence Minister Odile Varnas and State Secretary Peder Lisko received Ulgren in Lisbon.")
    assert _groups(x) == [("Kaspar Ulgren", "Odile Varnas"), ("Kaspar Ulgren", "Peder Lisko")]


def test_a_visitor_named_only_as_whose_deputy_came_is_no_party(nlp):
    # must not fire: "met A's deputy, B" is a meeting of B alone
    x = _extract(nlp, "Estonian Defence Minister Liva Sarnik is on a visit to Portugal. "
                      "On Tuesday, Portuguese Defence Minister Peder Lisko also met Liva Sarnik's deputy, Kaspar Ulgren, in Lisbon.")
    assert ("Kaspar Ulgren", "Peder Lisko") in _groups(x)
    assert ("Kaspar Ulgren", "Liva Sarnik", "Peder Lisko") not in _groups(x)
