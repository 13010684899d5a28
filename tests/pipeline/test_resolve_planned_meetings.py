"""When two reports of a pair meeting are one meeting: planned and held, a call and a visit, neighbouring places."""

from __future__ import annotations

from diplokg.resolve import resolve


def test_an_undated_unplaced_planned_meeting_joins_the_dated_one_of_another_article(article):
    a = article("a", "Ana Torres is scheduled to meet Luis Quispe in Lima on Friday.", "2025-03-12")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"),
              "Ana Torres is scheduled to meet Luis Quispe in Lima on Friday.", date="2025-03-14", place="Lima", status="planned")
    b = article("b", "Ana Torres is also expected to hold talks with Luis Quispe during the visit.", "2025-03-10")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"),
              "Ana Torres is also expected to hold talks with Luis Quispe during the visit.", status="planned")
    (meeting,) = resolve([a.x, b.x]).meetings
    assert meeting.docs() == {"a", "b"}
    assert meeting.first("date") == "2025-03-14"


def test_an_undated_unplaced_held_meeting_stays_apart_from_a_planned_one(article):
    a = article("a", "Ana Torres is scheduled to meet Luis Quispe in Lima on Friday.", "2025-03-12")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"),
              "Ana Torres is scheduled to meet Luis Quispe in Lima on Friday.", date="2025-03-14", place="Lima", status="planned")
    b = article("b", "Ana Torres has met Luis Quispe before.", "2025-03-10")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"), "Ana Torres has met Luis Quispe before.")
    assert len(resolve([a.x, b.x]).meetings) == 2


def _announced_and_reported(article, held_date: str | None, reported_on: str):
    a = article("a", "Ana Torres will hold talks with Luis Quispe.", "2025-03-01")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"),
              "Ana Torres will hold talks with Luis Quispe.", status="planned")
    b = article("b", "Ana Torres met Luis Quispe.", reported_on)
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"), "Ana Torres met Luis Quispe.", date=held_date)
    return resolve([a.x, b.x]).meetings


def test_a_meeting_announced_without_date_or_place_is_the_one_held_within_a_month(article):
    (meeting,) = _announced_and_reported(article, "2025-03-04", "2025-03-05")
    assert meeting.docs() == {"a", "b"}
    assert meeting.first("status") == "held"
    assert meeting.first("date") == "2025-03-04"


def test_an_undated_report_is_dated_by_its_article_for_this(article):
    (meeting,) = _announced_and_reported(article, None, "2025-03-20")
    assert meeting.docs() == {"a", "b"}


def test_a_meeting_held_long_after_or_before_the_announcement_is_another_occasion(article):
    assert len(_announced_and_reported(article, "2025-05-20", "2025-05-21")) == 2
    assert len(_announced_and_reported(article, "2025-02-10", "2025-02-11")) == 2


def test_a_call_and_a_meeting_in_person_are_two_occasions_whatever_their_status(article):
    text = "Ana Torres spoke by telephone with Luis Quispe. She will meet him in Lima next month."
    a = article("a", text, "2025-03-01")
    torres, quispe = a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER")
    a.meeting(torres, quispe, "Ana Torres spoke by telephone with Luis Quispe.", kind="telephone")
    a.meeting(torres, quispe, "She will meet him in Lima next month.", place="Lima", status="planned")
    meetings = resolve([a.x]).meetings
    assert sorted((m.first("status"), m.first("meetingKind")) for m in meetings) == [("held", "telephone"), ("planned", "talks")]


def test_a_planned_call_and_the_call_held_are_one_occasion(article):
    a = article("a", "Ana Torres will speak by telephone with Luis Quispe.", "2025-03-01")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"),
              "Ana Torres will speak by telephone with Luis Quispe.", status="planned", kind="telephone")
    b = article("b", "Ana Torres spoke by telephone with Luis Quispe.", "2025-03-03")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"),
              "Ana Torres spoke by telephone with Luis Quispe.", date="2025-03-03", kind="telephone")
    (meeting,) = resolve([a.x, b.x]).meetings
    assert meeting.first("status") == "held"


def _met_in(article, place_a: str, place_b: str):
    meetings = []
    for doc_id, place in (("a", place_a), ("b", place_b)):
        sentence = f"Ana Torres met Luis Quispe in {place} on Monday."
        x = article(doc_id, sentence, "2025-03-04")
        x.meeting(x.person("Ana Torres", "CHL"), x.person("Luis Quispe", "PER"), sentence, date="2025-03-03", place=place)
        meetings.append(x.x)
    return resolve(meetings).meetings


def test_a_city_and_its_neighbour_across_town_do_not_tell_meetings_apart(article):
    (meeting,) = _met_in(article, "Quezon City", "Manila")
    assert meeting.docs() == {"a", "b"}
    (meeting,) = _met_in(article, "Colombo", "Sri Jayawardenepura Kotte")  # a seat of government, spelt two ways
    assert meeting.docs() == {"a", "b"}


def test_two_cities_an_hour_apart_do(article):
    assert len(_met_in(article, "Tokyo", "Yokosuka")) == 2
    assert len(_met_in(article, "Manila", "Atlantis")) == 2  # a place with no coordinates is only itself


def test_a_meeting_planned_at_a_named_occasion_is_the_one_held_there(article):
    a = article("a", "Ana Torres will meet Luis Quispe at the Andes Security Dialogue.", "2025-03-01")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"), "Ana Torres will meet Luis Quispe at the Andes Security Dialogue.",
              status="planned", part_of="Andes Security Dialogue")
    held = "On the sidelines of the Andes Security Dialogue in Lima, Ana Torres met Luis Quispe."
    b = article("b", held, "2025-06-02")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"), held,
              date="2025-06-01", place="Lima", part_of="Andes Security Dialogue")
    (meeting,) = resolve([a.x, b.x]).meetings
    assert meeting.docs() == {"a", "b"} and meeting.first("status") == "held"
    c = article("c", "Ana Torres met Luis Quispe in Lima.", "2025-06-02")  # the same pair, no occasion named: another meeting
    c.meeting(c.person("Ana Torres", "CHL"), c.person("Luis Quispe", "PER"), "Ana Torres met Luis Quispe in Lima.", date="2025-06-01", place="Lima")
    assert len(resolve([a.x, c.x]).meetings) == 2


def _planned_then_held(article, planned_place: str, held_place: str, held_date: str = "2025-03-03"):
    a = article("a", f"Ana Torres will hold talks with Luis Quispe in {planned_place} on Monday.", "2025-03-01")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"),
              f"Ana Torres will hold talks with Luis Quispe in {planned_place} on Monday.", date="2025-03-03",
              place=planned_place, status="planned")
    b = article("b", f"Ana Torres held talks with Luis Quispe at the army headquarters in {held_place}.", "2025-03-04")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"),
              f"Ana Torres held talks with Luis Quispe at the army headquarters in {held_place}.", date=held_date, place=held_place)
    return resolve([a.x, b.x]).meetings


def test_a_meeting_planned_in_a_city_is_the_one_held_that_day_at_a_suburb_the_gazetteer_lacks(article):
    (meeting,) = _planned_then_held(article, "Lima", "Atlantis")
    assert meeting.docs() == {"a", "b"}
    assert meeting.first("status") == "held"


def test_but_not_at_another_city_nor_on_another_day(article):
    assert len(_planned_then_held(article, "Tokyo", "Yokosuka")) == 2  # both on the map, an hour apart
    assert len(_planned_then_held(article, "Lima", "Atlantis", held_date="2025-03-05")) == 2


def _planned_in_the_visit_city(article, held_place: str | None):
    plan = "Ana Torres is also expected to interact with Luis Quispe during the visit to Lima."
    a = article("a", plan, "2025-03-01")
    a.meeting(a.person("Ana Torres", "CHL"), a.person("Luis Quispe", "PER"), plan, place="Lima", status="planned")
    report = "Ana Torres held a meeting with Luis Quispe on Wednesday, before leaving for Cusco."
    b = article("b", report, "2025-03-05")
    b.meeting(b.person("Ana Torres", "CHL"), b.person("Luis Quispe", "PER"), report, date="2025-03-04", place=held_place)
    return resolve([a.x, b.x]).meetings


def test_an_undated_plan_in_the_visit_city_is_the_meeting_held_with_no_place_told(article):
    (meeting,) = _planned_in_the_visit_city(article, None)
    assert meeting.docs() == {"a", "b"}
    assert meeting.first("status") == "held"


def test_an_undated_plan_in_one_city_is_not_a_meeting_held_in_another(article):
    # must not fire: the report places the meeting elsewhere
    assert len(_planned_in_the_visit_city(article, "Cusco")) == 2
