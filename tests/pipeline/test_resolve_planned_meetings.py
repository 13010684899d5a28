"""A planned meeting told with neither date nor place is the pair's one planned meeting another article dates."""

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
