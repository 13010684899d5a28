"""Cross-article resolution on hand-built extractions (what the extractor would report)."""

from __future__ import annotations

from diplokg.model import PartialDate
from diplokg.resolve import (
    RULE_SPELLING_VARIANT,
    canonical_title,
    country_label,
    date_interval,
    resolve,
    slug,
    spelling_variant,
    strip_honorifics,
)


def _persons(graph):
    return {n.label: n for n in graph.persons}


def _alt_labels(node):
    return {v for (p, (_, v)) in node.statements if p == "altLabel"}


def test_two_singhs_with_different_offices_stay_two_people(article):
    a = article("a", "Defence Secretary Rajesh Kumar Singh met Ibrahim Latheef. Singh said more.", "2025-10-07")
    rks = a.person("Rajesh Kumar Singh", "IND", "Defence Secretary", aliases=["Singh"])
    il = a.person("Ibrahim Latheef", "MDV")
    a.meeting(rks, il, "Defence Secretary Rajesh Kumar Singh met Ibrahim Latheef.")
    b = article("b", "Defence Minister Rajnath Singh met Pete Hegseth. Singh said more.")
    rs = b.person("Rajnath Singh", "IND", "Defence Minister", aliases=["Singh"])
    ph = b.person("Pete Hegseth", "USA")
    b.meeting(rs, ph, "Defence Minister Rajnath Singh met Pete Hegseth.")
    graph = resolve([a.x, b.x])
    persons = _persons(graph)
    assert {"Rajesh Kumar Singh", "Rajnath Singh"} <= set(persons)
    assert persons["Rajesh Kumar Singh"].iri != persons["Rajnath Singh"].iri
    assert persons["Rajesh Kumar Singh"].iri == "person/rajesh-kumar-singh"


def test_one_full_name_holding_one_title_in_two_countries_is_one_person(article):
    # an article that gave the post the wrong country ("Defence Secretary X" of Oman, of India)
    a = article("a", "Defence Secretary Arun Kumar Mehta met Saif Al Rahbi in Muscat.")
    a.person("Arun Kumar Mehta", "IND", "Defence Secretary")
    b = article("b", "Defence Secretary Arun Kumar Mehta co-chaired the dialogue.")
    b.person("Arun Kumar Mehta", "OMN", "Defence Secretary")
    assert len([p for p in resolve([a.x, b.x]).persons if p.label == "Arun Kumar Mehta"]) == 1


def test_one_full_name_with_other_titles_in_two_countries_stays_two_people(article):
    a = article("a", "Defence Minister Ali Hassan of Egypt spoke.")
    a.person("Ali Hassan", "EGY", "Defence Minister")
    b = article("b", "Army Chief Ali Hassan of Jordan spoke.")
    b.person("Ali Hassan", "JOR", "Army Chief")
    assert len([p for p in resolve([a.x, b.x]).persons if p.label == "Ali Hassan"]) == 2


def test_bare_surnames_never_merge_across_articles(article):
    a = article("a", "Singh arrived.")
    a.person("Singh", "IND")
    b = article("b", "Singh left.")
    b.person("Singh", "IND")
    graph = resolve([a.x, b.x])
    assert len(graph.persons) == 2
    assert len({n.iri for n in graph.persons}) == 2


def test_spelling_variants_merge_when_backed_by_country_or_office(article):
    a = article("a", "Foreign Affairs Minister Abdulla Khaleel met Defence Minister Mohamed Ghassan Maumoon.")
    a.person("Abdulla Khaleel", "MDV", "Foreign Affairs Minister")
    a.person("Mohamed Ghassan Maumoon", "MDV", "Defence Minister")
    b = article("b", "Abdulla Khalil and Mohammed Ghassan Maumoon spoke.")
    b.person("Abdulla Khalil", "MDV")
    b.person("Mohammed Ghassan Maumoon", None, surface="Mohammed Ghassan Maumoon")
    c = article("c", "Minister Mohamed Ghassan Maumoon spoke to Mohammed Ghassan Maumoon.")
    graph = resolve([a.x, b.x, c.x])
    persons = _persons(graph)
    assert "Abdulla Khaleel" in persons and "Abdulla Khalil" not in persons
    khaleel = persons["Abdulla Khaleel"]
    assert "Abdulla Khalil" in _alt_labels(khaleel)
    alt_evidence = khaleel.statements[("altLabel", ("string", "Abdulla Khalil"))]
    assert {e.rule for e in alt_evidence} == {RULE_SPELLING_VARIANT}
    assert {e.doc_id for e in alt_evidence} == {"b"}
    # Mohammed in b has no country and no office: no backing, so it stays apart
    assert "Mohammed Ghassan Maumoon" in persons


def test_spelling_variant_without_backing_or_with_conflict_does_not_merge(article):
    a = article("a", "Ali Hassan of Egypt spoke.")
    a.person("Ali Hassan", "EGY")
    b = article("b", "Ali Hasan of Jordan spoke.")
    b.person("Ali Hasan", "JOR")
    c = article("c", "Ali Hassan of Jordan spoke.")
    c.person("Ali Hassan", "JOR")
    graph = resolve([a.x, b.x, c.x])
    by_country = {}
    for n in graph.persons:
        by_country.setdefault(n.first("nationality"), set()).add(n.iri)
    # the Egyptian Ali Hassan is not the Jordanian one, though the name is identical
    assert len(by_country["country/egy"]) == 1
    assert by_country["country/egy"].isdisjoint(by_country["country/jor"])
    # the two Jordanian spellings are one person
    assert len(by_country["country/jor"]) == 1


def test_shorter_full_name_inside_longer_merges_and_longer_is_preferred(article):
    a = article("a", "Defence Minister Dato' Seri Mohamed Khaled Nordin spoke.")
    a.person("Mohamed Khaled Nordin", "MYS", "Defence Minister", surface="Mohamed Khaled Nordin")
    b = article("b", "Defence Minister Khaled Nordin spoke.")
    b.person("Khaled Nordin", "MYS", "Defence Minister")
    graph = resolve([a.x, b.x])
    persons = _persons(graph)
    assert list(persons) == ["Mohamed Khaled Nordin"]
    assert "Khaled Nordin" in _alt_labels(persons["Mohamed Khaled Nordin"])


def test_one_office_under_two_titles(article):
    a = article("a", "US Secretary of War Pete Hegseth spoke.")
    a.person("Pete Hegseth", "USA", "Secretary of War")
    b = article("b", "US Secretary of Defence Pete Hegseth spoke.")
    b.person("Pete Hegseth", "USA", "Secretary of Defence")
    graph = resolve([a.x, b.x])
    offices = graph.of_class("Office")
    assert len(offices) == 1
    office = offices[0]
    titles = {office.first("title")} | _alt_labels(office)
    assert titles == {"Secretary of War", "Secretary of Defence"}
    (hegseth,) = graph.persons
    assert hegseth.values("holds") == [("node", office.iri)]
    assert office.first("officeOf") == "country/usa"


def test_extractor_office_aliases_join_titles_the_table_does_not_know(article):
    a = article("a", "Raksha Sachiv Rajesh Kumar Singh spoke.")
    a.person("Rajesh Kumar Singh", "IND", "Raksha Sachiv")
    a.office_alias("IND", "Raksha Sachiv", "Defence Secretary")
    b = article("b", "Defence Secretary Rajesh Kumar Singh spoke.")
    b.person("Rajesh Kumar Singh", "IND", "Defence Secretary")
    graph = resolve([a.x, b.x])
    assert len(graph.of_class("Office")) == 1
    assert len(graph.persons) == 1


def test_country_specific_titles_do_not_leak():
    assert canonical_title("Defence Secretary", "USA") == canonical_title("Secretary of War", "USA")
    assert canonical_title("Defence Secretary", "IND") != canonical_title("Defence Minister", "IND")
    assert canonical_title("Minister of Foreign Affairs", "IND") == "External Affairs Minister"


def _jaishankar_khaleel_corpus(article):
    a = article("000", "In May 2025, Abdulla Khaleel held a bilateral meeting with S Jaishankar.", "2025-10-08")
    a.meeting(a.person("Abdulla Khaleel", "MDV"), a.person("S Jaishankar", "IND"),
              "In May 2025, Abdulla Khaleel held a bilateral meeting with S Jaishankar.", date="2025-05")
    b = article("001", "Earlier in September, S Jaishankar met Abdulla Khalil in New York.", "2025-10-07")
    b.meeting(b.person("S Jaishankar", "IND"), b.person("Abdulla Khalil", "MDV"),
              "Earlier in September, S Jaishankar met Abdulla Khalil in New York.", date="2025-09", place="New York")
    c = article("002", "Days after talks between S Jaishankar and Abdulla Khaleel.")
    c.meeting(c.person("S Jaishankar", "IND"), c.person("Abdulla Khaleel", "MDV"),
              "Days after talks between S Jaishankar and Abdulla Khaleel.")
    return [a.x, b.x, c.x]


def test_same_pair_three_different_meetings(article):
    graph = resolve(_jaishankar_khaleel_corpus(article))
    assert len(graph.persons) == 2
    meetings = graph.meetings
    assert len(meetings) == 3
    assert sorted(n.first("date") or "" for n in meetings) == ["", "2025-05", "2025-09"]
    assert all(len(n.docs()) == 1 for n in meetings)


def test_planned_then_held_is_one_meeting_held(article):
    planned = article("004", "Rajnath Singh is scheduled to meet Pete Hegseth in Kuala Lumpur.")
    planned.meeting(planned.person("Rajnath Singh", "IND"), planned.person("Pete Hegseth", "USA"),
                    "Rajnath Singh is scheduled to meet Pete Hegseth in Kuala Lumpur.", place="Kuala Lumpur", status="planned")
    held = article("003", "Singh held talks with Pete Hegseth in Kuala Lumpur on Friday.", "2025-11-01")
    held.meeting(held.person("Rajnath Singh", "IND", surface="Singh"), held.person("Pete Hegseth", "USA"),
                 "Singh held talks with Pete Hegseth in Kuala Lumpur on Friday.", place="Kuala Lumpur", date="2025-10-31")
    graph = resolve([planned.x, held.x])
    (meeting,) = graph.meetings
    assert meeting.values("status") == [("string", "held")]
    assert meeting.docs() == {"003", "004"}
    assert meeting.first("date") == "2025-10-31"
    assert meeting.first("place") == "place/kuala-lumpur"
    participants = {v for _, v in meeting.values("participant")}
    assert participants == {"person/rajnath-singh", "person/pete-hegseth"}
    assert {e.doc_id for e in meeting.statements[("participant", ("node", "person/pete-hegseth"))]} == {"003", "004"}


def test_a_day_inside_a_range_wins_and_no_anchor_keeps_apart(article):
    a = article("000", "Rajesh Kumar Singh called on Abdulla Khaleel in Male on October 6-7, 2025.", "2025-10-08")
    a.meeting(a.person("Rajesh Kumar Singh", "IND"), a.person("Abdulla Khaleel", "MDV"),
              "Rajesh Kumar Singh called on Abdulla Khaleel in Male on October 6-7, 2025.",
              date="2025-10-06", end="2025-10-07", place="Male")
    b = article("001", "Rajesh Kumar Singh called on Abdulla Khaleel on Tuesday. Rajesh Kumar Singh met Abdulla Khaleel again.", "2025-10-07")
    rks, ak = b.person("Rajesh Kumar Singh", "IND"), b.person("Abdulla Khaleel", "MDV")
    b.meeting(rks, ak, "Rajesh Kumar Singh called on Abdulla Khaleel on Tuesday.", date="2025-10-07")
    # a second report in the same article, with nothing to anchor it: no conflict is enough there
    b.meeting(rks, ak, "Rajesh Kumar Singh met Abdulla Khaleel again.")
    graph = resolve([a.x, b.x])
    (meeting,) = graph.meetings
    assert meeting.values("date") == [("date", "2025-10-07")]
    assert meeting.values("endDate") == []
    assert meeting.docs() == {"000", "001"}


def test_conflicting_places_are_two_meetings(article):
    a = article("a", "X Alpha met Y Beta in Paris.")
    a.meeting(a.person("X Alpha", "FRA"), a.person("Y Beta", "DEU"), "X Alpha met Y Beta in Paris.", place="Paris")
    b = article("b", "X Alpha met Y Beta in Berlin.")
    b.meeting(b.person("X Alpha", "FRA"), b.person("Y Beta", "DEU"), "X Alpha met Y Beta in Berlin.", place="Berlin")
    c = article("c", "X Alpha met Y Beta in Paris and in Berlin.")
    c.meeting(c.person("X Alpha", "FRA"), c.person("Y Beta", "DEU"), "X Alpha met Y Beta in Paris and in Berlin.", place="Paris")
    graph = resolve([a.x, b.x, c.x])
    assert len(graph.persons) == 2
    assert sorted(len(m.docs()) for m in graph.meetings) == [1, 2]


def test_resolution_does_not_depend_on_input_order(article):
    docs = _jaishankar_khaleel_corpus(article)
    forward = resolve(docs)
    backward = resolve(list(reversed(docs)))
    assert forward.nodes.keys() == backward.nodes.keys()
    assert {k: n.statements for k, n in forward.nodes.items()} == {k: n.statements for k, n in backward.nodes.items()}


def test_memberships_and_frameworks_by_acronym(article):
    a = article("a", "The ASEAN Defence Ministers' Meeting-Plus (ADMM-Plus) unites Brunei and India.")
    fw = a.framework("ASEAN Defence Ministers' Meeting-Plus", "Forum", acronym="ADMM-Plus")
    a.member("BRN", fw, "member", "Brunei")
    a.member("IND", fw, "dialogue partner", "India")
    b = article("b", "India joined the ADMM-Plus meeting.")
    b.framework("ADMM-Plus", "Forum")
    graph = resolve([a.x, b.x])
    (forum,) = graph.of_class("Forum")
    assert forum.docs() == {"a", "b"}
    assert graph.nodes["country/brn"].values("memberOf") == [("node", forum.iri)]
    assert graph.nodes["country/ind"].values("dialoguePartnerOf") == [("node", forum.iri)]
    assert graph.nodes["country/brn"].label == "Brunei"


def test_a_body_spelled_the_british_and_the_american_way_is_one(article):
    """"Organisation" in one wire, "Organization" in another (and "Defence"/"Defense"): one body."""
    a = article("a", "Peru and Chile are members of the Andean Defence Organisation (ADO).")
    fw = a.framework("Andean Defence Organisation", "Organisation", acronym="ADO")
    a.member("PER", fw, "member", "Peru")
    b = article("b", "Peru, Chile and Bolivia are members of the Andean Defense Organization.")
    fw2 = b.framework("Andean Defense Organization", "Organisation")
    b.member("BOL", fw2, "member", "Bolivia")
    c = article("c", "Peru and Chile are members of the Andean Defence Council.")
    c.framework("Andean Defence Council", "Organisation")
    graph = resolve([a.x, b.x, c.x])
    bodies = graph.of_class("Organisation")
    assert len(bodies) == 2
    (body,) = [n for n in bodies if n.docs() == {"a", "b"}]
    assert graph.nodes["country/bol"].values("memberOf") == [("node", body.iri)]
    assert graph.nodes["country/per"].values("memberOf") == [("node", body.iri)]


def test_helpers():
    assert slug("Malé  City’s") == "male-citys"
    assert country_label("VNM") == "Vietnam" and country_label("KOR") == "South Korea"
    assert country_label("RUS") == "Russia" and country_label("LAO") == "Laos" and country_label("USA") == "United States"
    assert spelling_variant("abdulla khaleel", "abdulla khalil")
    assert spelling_variant("mohamed ghassan maumoon", "mohammed ghassan maumoon")
    assert not spelling_variant("rajesh kumar singh", "rajnath singh")
    assert not spelling_variant("ibrahim latheef", "ibrahim hilmy")
    assert not spelling_variant("singh", "singh")
    lo, hi = date_interval(PartialDate("2025-02"))
    assert (lo.isoformat(), hi.isoformat()) == ("2025-02-01", "2025-02-28")


def test_honorifics_are_dropped_but_a_given_name_that_looks_like_a_rank_is_kept(article):
    assert strip_honorifics("Maj Gen Ibrahim Hilmy") == "Ibrahim Hilmy"
    assert strip_honorifics("Dato' Seri Mohamed Khaled Nordin") == "Mohamed Khaled Nordin"
    assert strip_honorifics("Gen Nakatani") == "Gen Nakatani"
    assert strip_honorifics("Prince Faisal bin Farhan") == "Faisal bin Farhan"
    a = article("a", "Japanese Defence Minister Gen Nakatani met Pete Hegseth.")
    a.person("Gen Nakatani", "JPN", "Defence Minister")
    b = article("b", "Defence Minister Gen Nakatani spoke.")
    b.person("Gen Nakatani", "JPN", "Defence Minister")
    graph = resolve([a.x, b.x])
    assert [n.label for n in graph.persons] == ["Gen Nakatani"]
