""""The Polish leader" for the one Pole named before; a briefing "when the two met in X" is that
meeting, on its day and at its place; "where she and B are expected to discuss ..." is a meeting
to come of the pair, not more of a meeting held the day before; "in a meeting also attended by C"
when the parse made C an object; "On Friday, she is scheduled to travel to X, where she will meet
Y": the journey's day is the meeting's."""

from __future__ import annotations

from datetime import date

from extract_helpers import extract_text, meeting_pairs, meetings_by_participants, place_name


def test_a_generic_word_with_a_country_is_the_one_person_of_that_country(nlp):
    for text, pair in (
        ("NEW DELHI, March 4 (PTI) Polish Deputy Prime Minister Jan Nowak called on Prime Minister Arjun Rao here on "
         "Tuesday. On Monday, the Polish leader held talks with Defence Minister Vikram Mehta, officials said.",
         ("Jan Nowak", "Vikram Mehta")),
        ("Chile's Defence Minister Ana Rojas arrived in Madrid on Sunday. On Monday, the Chilean leader held talks with "
         "Spain's Defence Minister Pilar Ortega at the ministry.", ("Ana Rojas", "Pilar Ortega")),
        ("Kenya's Defence Minister Amina Otieno arrived in Hanoi on Sunday. The Kenyan dignitary later called on "
         "Vietnam's President Tran Duc.", ("Amina Otieno", "Tran Duc")),
    ):
        assert pair in meeting_pairs(extract_text(nlp, text)), text


def test_a_generic_word_for_two_persons_of_that_country_is_no_one(nlp):
    met = meeting_pairs(extract_text(nlp, (
        "Kenya's Defence Minister Amina Otieno and Kenya's army chief General Paul Kiprop arrived in Hanoi on Sunday. "
        "The Kenyan leader then called on Vietnam's President Tran Duc.")))
    assert not any("Tran Duc" in pair for pair in met)


def test_a_briefing_when_the_two_met_is_that_meeting(nlp):
    for text, pair, day, city in (
        ("Australia's Defence Minister Tom Hardy hosted Fiji's Defence Minister Pita Lomu in Canberra on Monday. Hardy "
         "said he had also briefed France's Armed Forces Minister Claire Dubois on the treaty when the two met in Paris in "
         "December.", ("Claire Dubois", "Tom Hardy"), "2024-12", "Paris"),
        ("Spain's Defence Minister Pilar Ortega briefed Italy's Defence Minister Marco Conti on the deal when they met in "
         "Rome last month.", ("Marco Conti", "Pilar Ortega"), "2025-02", "Rome"),
    ):
        x = extract_text(nlp, text)
        talks = [mt for mt in x.meetings if tuple(sorted({p.key: p.name for p in x.persons}[k] for k in mt.participants)) == pair]
        assert [(mt.date.iso, place_name(x, mt)) for mt in talks] == [(day, city)], text


def test_a_briefing_on_its_own_day_keeps_it(nlp):
    x = extract_text(nlp, "Spain's Defence Minister Pilar Ortega briefed Italy's Defence Minister Marco Conti on the deal "
                          "in Rome on Friday, before she flew home.")
    mt = meetings_by_participants(x)[("Marco Conti", "Pilar Ortega")]
    assert place_name(x, mt) == "Rome"


def test_she_and_b_are_expected_to_discuss_is_a_meeting_to_come(nlp):
    for text, pair, city in (
        ("Australia's Defence Minister Tom Hardy hosted Fiji's Defence Minister Pita Lomu in Canberra on Monday. New "
         "Zealand's Defence Minister Kate Wilson is scheduled to travel to Canberra later this month for the annual "
         "Australia-New Zealand Defence Ministers' Meeting, where she and Mr Hardy are expected to discuss the future of "
         "the combat force.", ("Kate Wilson", "Tom Hardy"), "Canberra"),
        ("Spain's Defence Minister Pilar Ortega arrived in Rome on Monday. She and Italy's Defence Minister Marco Conti "
         "are scheduled to review the naval deal on Tuesday.", ("Marco Conti", "Pilar Ortega"), "Rome"),
        ("Spain's Defence Minister Pilar Ortega and Italy's Defence Minister Marco Conti are expected to sign the naval "
         "pact in Rome on Friday.", ("Marco Conti", "Pilar Ortega"), "Rome"),
    ):
        x = extract_text(nlp, text)
        mt = meetings_by_participants(x)[pair]
        assert (mt.status, place_name(x, mt)) == ("planned", city), text


def test_a_held_joint_act_just_after_a_meeting_is_more_of_that_meeting(nlp):
    met = meeting_pairs(extract_text(nlp, (
        "Australia's Defence Minister Tom Hardy hosted Fiji's Defence Minister Pita Lomu in Canberra on Monday. Lomu "
        "and Mr Hardy later signed the treaty.")))
    assert met == {("Pita Lomu", "Tom Hardy")}


def test_also_attended_by_someone_the_parse_made_an_object_is_one_meeting_of_three(nlp):
    x = extract_text(nlp, (
        "Peru's Defence Minister Luis Vargas received Chile's Defence Minister Ana Rojas at the ministry in Lima on "
        "Wednesday.\n\nLater on Wednesday, Rojas was received by President Pedro Castillo at the Government Palace, in a "
        "meeting also attended by Vargas."))
    assert meeting_pairs(x) == {("Ana Rojas", "Luis Vargas"), ("Ana Rojas", "Luis Vargas", "Pedro Castillo")}


def test_the_day_of_a_journey_told_before_its_governor_is_the_where_clauses_meeting_day(nlp):
    for text in (
        "Spain's Defence Minister Pilar Ortega arrived in Rome on Monday. On Friday, she is scheduled to travel to Naples, "
        "where she will meet Admiral Marco Conti, commander of the Italian fleet.",
        "Spain's Defence Minister Pilar Ortega arrived in Rome on Monday. On Friday (14), she is expected to fly to Naples, "
        "where she is due to hold talks with Admiral Marco Conti.",
        # "is due to travel": the day hangs on "is", past an adjective complement
        "Spain's Defence Minister Pilar Ortega arrived in Rome on Monday. On Friday, she is due to travel to Naples, "
        "where she will meet Admiral Marco Conti.",
    ):
        x = extract_text(nlp, text, published=date(2025, 3, 10))
        mt = meetings_by_participants(x)[("Marco Conti", "Pilar Ortega")]
        assert (mt.status, mt.date.iso, place_name(x, mt)) == ("planned", "2025-03-14", "Naples"), text


def test_a_capital_the_model_read_as_a_person_is_where_a_journey_goes(nlp):
    for text, pair, city in (
        ("Niger's Defence Minister General Salifou Mody spoke. Nigeria's Minister of Defence Christopher Musa is expected "
         "to visit Niamey later this month for talks with Mody on border security.", ("Christopher Musa", "Salifou Mody"), "Niamey"),
        ("Togo's Defence Minister Yao Agbeko spoke on Monday. Ghana's Minister of Defence Kofi Mensah visited Lome on "
         "Friday for talks with Agbeko.", ("Kofi Mensah", "Yao Agbeko"), "Lomé"),
    ):
        x = extract_text(nlp, text)
        assert place_name(x, meetings_by_participants(x)[pair]) == city, text


def test_a_capitals_name_that_begins_a_persons_name_is_no_place(nlp):
    x = extract_text(nlp, "Seychelles' Defence Minister Paul Hoareau spoke to Victoria Mensah, Ghana's envoy, in Accra on Monday.")
    assert "Victoria" not in {p.name for p in x.places}


def test_one_awaited_somewhere_for_talks_is_to_meet_there(nlp):
    for awaited in ("is due", "is expected"):
        x = extract_text(nlp, f"Defence Minister Amina Otieno {awaited} in Kampala on Monday for talks with her Ugandan "
                              "counterpart Jacob Okello.", date(2026, 3, 12))
        meetings = meetings_by_participants(x)
        assert set(meetings) == {("Amina Otieno", "Jacob Okello")}, awaited
        assert meetings[("Amina Otieno", "Jacob Okello")].status == "planned", awaited


def test_one_who_went_somewhere_for_talks_held_them(nlp):
    # must not fire: going there for talks is told in the past
    x = extract_text(nlp, "Defence Minister Amina Otieno went to Kampala on Monday for talks with her Ugandan "
                          "counterpart Jacob Okello.", date(2026, 3, 12))
    meetings = meetings_by_participants(x)
    assert meetings[("Amina Otieno", "Jacob Okello")].status == "held"
