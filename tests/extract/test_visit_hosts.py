"""During a visit, a host-side official whose title names no country holds the post of the
visited country, not the visitor's or the dateline's. Sentences written for these tests."""

from __future__ import annotations

from datetime import date

from diplokg.facts import extract_document
from diplokg.model import Document


def _extract(nlp, text):
    return extract_document(Document("t", text, published=date(2025, 6, 10)), nlp)


def _posts(x):
    """person name -> {(office title, office country)}"""
    names = {p.key: p.name for p in x.persons}
    offices = {o.key: o for o in x.offices}
    got: dict[str, set] = {}
    for h in x.holdings:
        got.setdefault(names[h.person], set()).add((offices[h.office].title, offices[h.office].country))
    return got


def _country(x, name):
    return next(p.country for p in x.persons if p.name == name)


def test_called_on_in_a_visited_city_takes_the_host_country(nlp):
    x = _extract(nlp, "HANOI: Vietnamese Defence Minister Tran Van Minh began a three-day official visit to Vientiane on Monday.\n\n"
                      "On Tuesday, Minh called on Chief of General Staff Somsak Vongsa. The two discussed border security.")
    posts = _posts(x)
    assert {country for _, country in posts["Somsak Vongsa"]} == {"LAO"}
    assert _country(x, "Somsak Vongsa") == "LAO"
    assert ("Defence Minister", "VNM") in posts["Tran Van Minh"]


def test_held_talks_in_a_visited_country_moves_the_dateline_post(nlp):
    x = _extract(nlp, "TOKYO: Japanese Defence Minister Hiroshi Tanaka arrived on an official visit to the Philippines on Sunday.\n\n"
                      "On Monday, Tanaka held talks with Defence Secretary Ramon Cruz on maritime cooperation.")
    posts = _posts(x)
    assert posts["Ramon Cruz"] == {("Defence Secretary", "PHL")}
    assert not any(o.country == "JPN" and o.title == "Defence Secretary" for o in x.offices)
    (meeting,) = x.meetings
    places = {p.key: p for p in x.places}
    assert meeting.place is None or places[meeting.place].country == "PHL"  # never the dateline's Tokyo


def test_a_moved_post_keeps_only_its_own_titles(nlp):
    x = _extract(nlp, "NEW DELHI: Indian Defence Minister Vikram Sethi began a two-day official visit to Kenya on Monday.\n\n"
                      "On Tuesday, Sethi met Defence Secretary Amina Njoroge and Chief of Defence Forces Peter Otieno.")
    posts = _posts(x)
    assert posts["Amina Njoroge"] == {("Defence Secretary", "KEN")}
    assert posts["Peter Otieno"] == {("Chief of Defence Forces", "KEN")}
    moved = [o for o in x.offices if o.country == "KEN"]
    assert moved
    for office in moved:
        rules = {h.evidence.rule for h in x.holdings if h.office == office.key}
        assert rules == {"office.host-country"}
        others = {o.title.lower() for o in x.offices if o.key != office.key}
        assert not others & {a.lower() for a in office.aliases}, office


def test_received_by_a_host_official_in_the_visited_city(nlp):
    x = _extract(nlp, "ANKARA: Turkish Land Forces Commander Mehmet Aksoy paid an official visit to Nairobi on Wednesday.\n\n"
                      "Army Commander David Mwangi received Aksoy at the army headquarters and the two reviewed training cooperation.")
    posts = _posts(x)
    assert posts["David Mwangi"] == {("Army Commander", "KEN")}


def test_a_post_named_with_its_country_is_kept(nlp):
    # the rule only fills in a country the title leaves out
    x = _extract(nlp, "NEW DELHI: Indian Defence Minister Vikram Sethi began a two-day official visit to Kenya on Monday.\n\n"
                      "On Tuesday, Sethi met Defence Secretary Amina Njoroge and Indian High Commissioner Ravi Menon.")
    posts = _posts(x)
    assert posts["Ravi Menon"] == {("High Commissioner", "IND")}
    assert posts["Amina Njoroge"] == {("Defence Secretary", "KEN")}



def test_a_companion_of_the_visitor_keeps_the_visitors_country(nlp):
    x = _extract(nlp, "ABUJA: Nigerian Defence Minister Musa Bello began a three-day visit to Ghana on Monday, accompanied by "
                      "Chief of Defence Staff Ibrahim Danjuma.\n\n"
                      "On Tuesday, Bello and Danjuma called on Chief of Army Staff Kwame Mensah.")
    posts = _posts(x)
    assert posts["Ibrahim Danjuma"] == {("Chief of Defence Staff", "NGA")}
    assert posts["Kwame Mensah"] == {("Chief of Army Staff", "GHA")}
