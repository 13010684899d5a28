"""Dates written with dots, day first ("25.11.2026"), as ministries of many countries write them,
and two-letter initials ("Zh.") that must not cut off the date of the sentence they stand in."""

from datetime import date

from diplokg.dates import find_date_expressions
from extract_helpers import extract_text, meetings_by_participants


def test_dotted_day_month_year_is_read_day_first() -> None:
    found = find_date_expressions("The talks were held on 04.02.2025 in Vilnius.", date(2025, 3, 12))
    assert [(e.text, e.date.iso) for e in found] == [("04.02.2025", "2025-02-04")]


def test_dotted_numbers_that_are_no_date_stay_unread() -> None:
    # no 31st of February; a slashed date far from the publication day whose order is open (6 July
    # or 7 June); a longer dotted number is no date
    text = "Report 31.02.2025 listed 06/07/2025 and clause 1.10.2025.4 as open."
    assert find_date_expressions(text, date(2025, 3, 12)) == []


def test_a_slashed_date_is_read_in_the_order_its_numbers_allow() -> None:
    found = find_date_expressions("Talks were held on 14/03/2025 and again on 03/17/2025.", date(2025, 3, 20))
    assert [(e.text, e.date.iso) for e in found] == [("14/03/2025", "2025-03-14"), ("03/17/2025", "2025-03-17")]


def test_an_open_slashed_date_takes_the_reading_near_the_publication_day() -> None:
    # 10 March, two days before publication, rather than 3 October
    found = find_date_expressions("The chiefs met on 10/03/2025 in Accra.", date(2025, 3, 12))
    assert [(e.text, e.date.iso) for e in found] == [("10/03/2025", "2025-03-10")]
    # 3 April and 4 March are both near: left unread; so is any slashed date without a publication day
    assert find_date_expressions("The chiefs met on 03/04/2025 in Accra.", date(2025, 3, 12)) == []
    assert find_date_expressions("The chiefs met on 10/03/2025 in Accra.", None) == []


def test_a_slashed_date_dates_the_meeting(nlp) -> None:
    x = extract_text(nlp, "Senegal's Armed Forces Minister Ousmane Faye met Gambian Defence Minister Sering Modou Njie in Dakar on 10/03/2025.\n", date(2025, 3, 12))
    meeting = meetings_by_participants(x)[("Ousmane Faye", "Sering Modou Njie")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_a_dotted_date_dates_the_meeting_over_a_day_counted_from_another(nlp) -> None:
    x = extract_text(nlp, (
        "VILNIUS, March 12, 2025 - Lithuania's Defence Minister Dovile Sakaliene met Latvia's "
        "Defence Minister Andris Spruds in Vilnius on Wednesday.\n\n"
        "The two countries signed a border treaty in Riga on 15 January 2024.\n\n"
        "A day earlier, on 10.03.2025, the Estonian delegation headed by General Martin Herem was "
        "received in Vilnius by the Chief of Defence, General Raimundas Vaiksnoras.\n"
    ))
    meeting = meetings_by_participants(x)[("Martin Herem", "Raimundas Vaiksnoras")]
    assert meeting.date is not None and meeting.date.iso == "2025-03-10"


def test_a_two_letter_initial_does_not_end_the_sentence_that_dates_the_call(nlp) -> None:
    x = extract_text(nlp, (
        "ASTANA, March 12, 2025 - Kazakhstan's Defence Minister Zhanibek Zhaksylykov met his Mongolian "
        "counterpart Gursed Saikhanbayar in Astana on Wednesday.\n\n"
        "On 10 March, Colonel General Zh. Zhaksylykov held a video call with his Azerbaijani "
        "counterpart, Zakir Hasanov.\n\n"
        "Mr. Hasanov said the talks went well.\n"
    ))
    call = meetings_by_participants(x)[("Zakir Hasanov", "Zhanibek Zhaksylykov")]
    assert call.date is not None and call.date.iso == "2025-03-10"
    # "Mr." before a capital still takes no sentence end either way; the two-letter rule adds no new person
    # (the lead's given name begins with the initial: "Zh." of "Zhanibek")
    assert "Zh. Zhaksylykov" not in [p.name for p in x.persons]
