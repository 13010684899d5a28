"""A country named only for a guest (the post or side a host receives, a delegation that calls on
its host) is not the country the story is told from: an unqualified title is not of it, on
invented sentences."""

from __future__ import annotations

from extract_helpers import extract_text, holdings

LEAD = ("RABAT, June 3 - Defence Minister Omar Tazi held talks with his Greek counterpart, Nikos Pappas, at the "
        "ministry in Rabat on Monday.\n\nThe two ministers discussed maritime security.\n\n")


def _held(nlp, text: str) -> set[tuple[str, str, str]]:
    return holdings(extract_text(nlp, text))


def test_received_minister_named_by_adjective_lends_no_home(nlp):
    got = _held(nlp, LEAD + "Prime Minister Aziz Alami received the Italian minister later in the day, an aide said.")
    assert ("Aziz Alami", "Prime Minister", "ITA") not in got
    assert ("Aziz Alami", "Prime Minister", "MAR") in got


def test_delegation_calling_on_a_host_lends_no_home(nlp):
    got = _held(nlp, "A delegation of the Latvian Armed Forces led by Colonel Janis Ozols called on Defence Minister Hugo Brandt on Monday.")
    assert ("Hugo Brandt", "Defence Minister", "LVA") not in got


def test_delegation_calling_for_more_still_tells_home(nlp):
    # "called for" is no visit: the one country named is where the story stands
    got = _held(nlp, "A Latvian delegation led by Colonel Janis Ozols called for more drills, Defence Minister Hugo Brandt said on Monday.")
    assert ("Hugo Brandt", "Defence Minister", "LVA") in got


def test_delegation_visiting_a_city_keeps_its_country_home(nlp):
    # the delegation's own story: its country is where the story stands
    got = _held(nlp, "A Latvian delegation led by Colonel Janis Ozols visited Oslo. Defence Minister Hugo Brandt also came.")
    assert ("Hugo Brandt", "Defence Minister", "LVA") in got
