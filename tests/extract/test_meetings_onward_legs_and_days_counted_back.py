""""is to meet X in A on Tuesday before flying to B to confer with Y the following day": the second
leg is still to come, is held in B and counts its day from the first leg's; "the call came a day
after X spoke with Y following <an event> on Saturday": X's day counts back from the call, not from
the event's day."""

from __future__ import annotations

from extract_helpers import extract_text, meetings_by_participants, place_name

LEAD = ("WARSAW, March 10 (PAP) -- Polish Defence Minister Tomasz Wrobel held talks with Czech Defence Minister "
        "Jana Novakova in Warsaw on Monday, the ministry said.\n\n"
        "In 2021, the two countries signed a logistics pact in Prague on June 4, 2021.\n\n")


def test_an_onward_leg_is_planned_in_its_city_a_day_after_the_first(nlp):
    text = LEAD + ("Wrobel will travel to the Baltics later this week. He is due to meet Latvian Defence Minister "
                   "Ilze Berzina in Riga on Wednesday before flying to Vilnius to confer with Lithuanian Defence "
                   "Minister Tadas Kairys the following day, the ministry said.")
    meetings = meetings_by_participants(extract_text(nlp, text))
    first, second = meetings[("Ilze Berzina", "Tomasz Wrobel")], meetings[("Tadas Kairys", "Tomasz Wrobel")]
    x = extract_text(nlp, text)
    assert first.date.iso == "2025-03-12" and first.status == "planned"
    assert second.date.iso == "2025-03-13" and second.status == "planned"
    assert place_name(x, meetings_by_participants(x)[("Tadas Kairys", "Tomasz Wrobel")]) == "Vilnius"


def test_an_onward_leg_told_as_done_stays_held(nlp):
    text = LEAD + ("On Tuesday, Wrobel met Latvian Defence Minister Ilze Berzina in Riga before flying to Vilnius "
                   "to confer with Lithuanian Defence Minister Tadas Kairys.")
    second = meetings_by_participants(extract_text(nlp, text))[("Tadas Kairys", "Tomasz Wrobel")]
    assert second.status == "held"


def test_a_meeting_the_talks_came_a_day_after_is_not_dated_by_an_event_in_its_clause(nlp):
    text = LEAD + ("The talks came a day after Gen. Marek Zielinski, chief of the General Staff, spoke by phone "
                   "with Gen. Karel Dvorak, chief of the Czech General Staff, following a drone incursion into "
                   "Polish airspace on Saturday.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Karel Dvorak", "Marek Zielinski")]
    assert meeting.date.iso == "2025-03-09"


def test_a_day_told_in_the_clause_of_a_meeting_without_a_day_shift_is_kept(nlp):
    text = LEAD + ("Gen. Marek Zielinski, chief of the General Staff, spoke by phone with Gen. Karel Dvorak, "
                   "chief of the Czech General Staff, following a drone incursion into Polish airspace on Saturday.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Karel Dvorak", "Marek Zielinski")]
    assert meeting.date.iso == "2025-03-08"


def test_a_day_shift_does_not_count_from_a_relative_clause_of_the_same_sentence(nlp):
    text = ("WARSAW, March 12 (PAP) -- Polish President Anna Lis on Wednesday received Czech Defence Minister "
            "Jana Novakova.\n\nNovakova, who arrived in Poland on Sunday, had held talks with Polish Defence "
            "Minister Tomasz Wrobel a day earlier.")
    meeting = meetings_by_participants(extract_text(nlp, text))[("Jana Novakova", "Tomasz Wrobel")]
    assert meeting.date.iso == "2025-03-11"
