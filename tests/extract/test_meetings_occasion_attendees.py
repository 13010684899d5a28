"""One meeting of everyone an occasion "was attended by" or "brought together" (with its chair),
dated and placed by the occasion told before ("<City> hosted the meeting", "joined ... at a
session in <City> on Monday"); and the meetings on its sidelines take that city."""

from extract_helpers import extract_text, meetings_by_participants, place_name


def test_a_session_that_brought_together_a_list_is_one_meeting_with_its_chair(nlp) -> None:
    x = extract_text(nlp, (
        "LIMA, March 12, 2025 (Andina) - Peru's Defence Minister Walter Astudillo on Monday joined his "
        "counterparts from member states of the Andean Community at an extraordinary session of the "
        "Council of Defence Ministers in Quito, Ecuador.\n\n"
        "The agency reports that the session, chaired by Ecuador's Minister of National Defence, Gen. "
        "Gian Carlo Loffredo, brought together Astudillo; Bolivia's Minister of Defence, Mr Edmundo Novillo; "
        "Colombia's Minister of National Defence, Gen. Pedro Sanchez; and the Commander of the Andean "
        "Task Force, Maj.-Gen. Jorge Celi.\n\n"
        "The ministers reviewed the security situation.\n"
    ))
    meetings = meetings_by_participants(x)
    five = ("Edmundo Novillo", "Gian Carlo Loffredo", "Jorge Celi", "Pedro Sanchez", "Walter Astudillo")
    assert five in meetings
    assert meetings[five].date is not None and meetings[five].date.iso == "2025-03-10"
    assert place_name(x, meetings[five]) == "Quito"


def test_a_meeting_attended_by_ministers_of_three_countries_in_the_city_that_hosted_it(nlp) -> None:
    x = extract_text(nlp, (
        "Press service of the Ministry of Defence of Uruguay\n\n"
        "On 11 March 2025, Montevideo hosted the first trilateral meeting of the heads of the defence "
        "departments of Paraguay, Uruguay and Bolivia.\n\n"
        "The meeting was attended by the Minister of Defence of Paraguay Lieutenant General Oscar Gonzalez, "
        "the Minister of Defence of Uruguay General Sandra Lazo and the Minister of Defence of Bolivia "
        "Colonel General Edmundo Novillo.\n\n"
        "The parties discussed the situation in the region.\n\n"
        "On the sidelines of the meeting, General Oscar Gonzalez held a bilateral with Colonel General "
        "Edmundo Novillo.\n"
    ))
    meetings = meetings_by_participants(x)
    three = ("Edmundo Novillo", "Oscar Gonzalez", "Sandra Lazo")
    assert three in meetings and meetings[three].date.iso == "2025-03-11"
    assert place_name(x, meetings[three]) == "Montevideo"
    assert place_name(x, meetings[("Edmundo Novillo", "Oscar Gonzalez")]) == "Montevideo"


def test_one_country_attending_is_a_delegation_not_a_meeting(nlp) -> None:
    x = extract_text(nlp, (
        "OTTAWA, March 12, 2025 - Canada's Defence Minister Bill Blair opened a new training centre in "
        "Ottawa on Tuesday.\n\n"
        "The ceremony was attended by Canada's Chief of the Defence Staff, General Jennie Carignan, and "
        "Canada's Deputy Minister of National Defence, Stefanie Beck.\n"
    ))
    assert x.meetings == []


def test_a_list_of_attendees_told_paragraphs_after_the_occasion_is_a_recap(nlp) -> None:
    x = extract_text(nlp, (
        "CANBERRA, March 12, 2025 - Australia's National Security Adviser Kathy Klugman on Tuesday chaired the "
        "5th meeting of the Pacific Security Forum in Canberra.\n\n"
        "The forum was set up in 2019 to address threats across the region.\n\n"
        "The meeting was attended by Fiji's Defence Minister Pio Tikoduadua, Tonga's Defence Minister Lord Fakafanua "
        "and Samoa's Police Minister Faualo Harry Schuster.\n"
    ))
    assert not [mt for mt in x.meetings if len(mt.participants) >= 3]


def test_an_occasion_with_its_own_day_and_place_is_told_where_it_brought_people_together(nlp) -> None:
    for opening in ("The meeting in Arusha on Tuesday", "Tuesday's meeting in Arusha", "The talks, held in Arusha on Tuesday,"):
        x = extract_text(nlp, f"{opening} brought together Kenyan Defence Minister Amina Otieno, her Ugandan counterpart "
                              "Jacob Okello and Tanzanian Defence Minister Rashid Mwinyi.")
        meetings = meetings_by_participants(x)
        three = ("Amina Otieno", "Jacob Okello", "Rashid Mwinyi")
        assert three in meetings, opening
        assert place_name(x, meetings[three]) == "Arusha"


def test_an_occasion_with_neither_day_nor_place_is_still_a_recap(nlp) -> None:
    # must not fire: "the meeting" names no day or place of its own and was not told before
    x = extract_text(nlp, "The meeting brought together Kenyan Defence Minister Amina Otieno, her Ugandan counterpart "
                          "Jacob Okello and Tanzanian Defence Minister Rashid Mwinyi.")
    assert ("Amina Otieno", "Jacob Okello", "Rashid Mwinyi") not in meetings_by_participants(x)
